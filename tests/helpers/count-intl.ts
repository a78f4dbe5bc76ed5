type IntlName = 'NumberFormat' | 'DisplayNames';

/**
 * Runs `check` while counting the `Intl[name]` objects made (each costs a slowed phone
 * milliseconds), and puts the real constructor back afterwards. Returns the count.
 */
export function countIntlMade(name: IntlName, check: () => void): number {
  const real = Intl[name];
  let made = 0;
  const set = (value: unknown) =>
    Object.defineProperty(Intl, name, { value, configurable: true, writable: true });
  set(
    new Proxy(real, {
      construct(target, args: unknown[]) {
        made += 1;
        return Reflect.construct(target, args) as object;
      },
    }),
  );
  try {
    check();
  } finally {
    set(real);
  }
  return made;
}
