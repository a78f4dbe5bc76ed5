/**
 * The optional online basemap. The server names it in the page (BASEMAP_STYLE_URL, as
 * `<meta name="pm-basemap-style">`); without it there is no choice to make. The offline
 * basemap stays the default, and a visitor's choice is remembered on their device only.
 */
export type BasemapKind = 'offline' | 'online';

const KEY = 'pm:basemap';

export function onlineStyleUrl(doc: Document = document): string | undefined {
  const url = doc.querySelector<HTMLMetaElement>('meta[name="pm-basemap-style"]')?.content;
  return url && /^https?:\/\//.test(url) ? url : undefined;
}

export function storedBasemap(): BasemapKind {
  try {
    return localStorage.getItem(KEY) === 'online' ? 'online' : 'offline';
  } catch {
    return 'offline'; // storage blocked: the default
  }
}

export function storeBasemap(kind: BasemapKind): void {
  try {
    if (kind === 'online') localStorage.setItem(KEY, 'online');
    else localStorage.removeItem(KEY);
  } catch {
    // storage blocked: the choice lasts for this page only
  }
}
