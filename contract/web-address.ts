/**
 * The one rule for a web address someone gives us (a submission's link, a staff edit, an
 * imported source): http or https, a host name with a dot, no spaces, and no user name or
 * password before the host. `https://user:pass@host` leaks a credential to every visitor,
 * and `https://trusted.example@evil.example` disguises where a link goes.
 */
export function isWebAddress(value: string): boolean {
  if (!/^https?:\/\//i.test(value) || /\s/.test(value)) return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return (
    (url.protocol === 'http:' || url.protocol === 'https:') &&
    url.hostname.includes('.') &&
    url.username === '' &&
    url.password === '' &&
    // "http://:secret@host" parses with both empty: the "@" before the host still gives it away.
    !/^https?:\/\/[^/?#]*@/i.test(value)
  );
}
