/**
 * What a visitor did on the server's first paint (api/lib/first-paint.ts) before the app
 * replaced it, carried over to the app's drawing of the same page: the language switcher
 * stays open if it was opened, and the focus stays on the same control (the switcher, or a
 * link to the same address). Without this, a menu opened while the page's code was on its
 * way would snap shut under the visitor's finger, and a keyboard user would be sent back to
 * the top of the page.
 *
 * Watches `root` from now until the first paint leaves it, then lets go.
 */
export function handOverFirstPaint(root: HTMLElement): void {
  let focused: Element | null =
    document.activeElement && root.contains(document.activeElement) ? document.activeElement : null;
  const onFocusIn = (e: FocusEvent) => {
    focused = e.target instanceof Element ? e.target : null;
  };
  // Focus moved away by the visitor (not by the first paint leaving the page) is forgotten.
  const onFocusOut = (e: FocusEvent) => {
    const left = e.target;
    queueMicrotask(() => {
      if (
        focused &&
        focused === left &&
        focused.isConnected &&
        !root.contains(document.activeElement)
      )
        focused = null;
    });
  };
  root.addEventListener('focusin', onFocusIn);
  root.addEventListener('focusout', onFocusOut);

  const observer = new MutationObserver((records) => {
    if (root.querySelector('[data-first-paint]')) return;
    const removed = records
      .flatMap((r) => Array.from(r.removedNodes))
      .find((n): n is Element => n instanceof Element && n.matches('[data-first-paint]'));
    observer.disconnect();
    root.removeEventListener('focusin', onFocusIn);
    root.removeEventListener('focusout', onFocusOut);
    if (!removed) return;
    const wasOpen = removed.querySelector<HTMLDetailsElement>('.language-switcher')?.open;
    const switcher = root.querySelector<HTMLDetailsElement>('.language-switcher');
    if (wasOpen && switcher) switcher.open = true;
    const target = focused && removed.contains(focused) ? counterpart(focused, root) : null;
    if (target && !root.contains(document.activeElement)) target.focus();
  });
  observer.observe(root, { childList: true });
}

/** The app's control for a control of the first paint: the switcher, or a link to the same address. */
function counterpart(el: Element, root: HTMLElement): HTMLElement | null {
  if (el.matches('.language-switcher summary'))
    return root.querySelector<HTMLElement>('.language-switcher summary');
  const href = el.getAttribute('href');
  if (!el.matches('a') || href === null) return null;
  return (
    Array.from(root.querySelectorAll<HTMLAnchorElement>('a[href]')).find(
      (a) => a.getAttribute('href') === href,
    ) ?? null
  );
}
