import { useEffect, useLayoutEffect, useRef } from 'react';

const KEY = 'pmScrollKey';
const WAIT_MS = 10_000;

function existingKey(): string | undefined {
  const state: unknown = history.state;
  const key =
    state && typeof state === 'object' && KEY in state
      ? (state as Record<string, unknown>)[KEY]
      : 0;
  return typeof key === 'string' ? key : undefined;
}

/** Each history entry gets a key of its own, so Back and Forward can find its scroll position. */
function entryKey(): string {
  const state: unknown = history.state;
  const existing = existingKey();
  if (existing) return existing;
  const key = Math.random().toString(36).slice(2);
  const base = state && typeof state === 'object' ? state : {};
  history.replaceState({ ...base, [KEY]: key }, '');
  return key;
}

/** Calls `found` with the page's heading once the (lazily loaded) page has rendered it. */
function whenHeading(found: (h: HTMLElement) => void): () => void {
  // While a lazy page loads, React keeps the previous page in the document, hidden: only a
  // heading that is shown counts.
  const pick = () =>
    [...document.querySelectorAll<HTMLElement>('main h1')].find(
      (h) => h.getClientRects().length > 0,
    );
  const now = pick();
  if (now) {
    found(now);
    return () => {};
  }
  const observer = new MutationObserver(() => {
    const h = pick();
    if (!h) return;
    stop();
    found(h);
  });
  const timer = setTimeout(() => stop(), WAIT_MS);
  function stop() {
    observer.disconnect();
    clearTimeout(timer);
  }
  observer.observe(document.body, { childList: true, subtree: true, attributes: true });
  return stop;
}

/** Scrolls to `y` once the page is tall enough to get there (its data may still be loading). */
function restoreScroll(y: number): () => void {
  const deadline = performance.now() + WAIT_MS;
  let frame = 0;
  const userMoved = ['wheel', 'touchstart', 'keydown', 'mousedown'] as const;
  const stop = () => {
    cancelAnimationFrame(frame);
    for (const type of userMoved) window.removeEventListener(type, stop);
  };
  const step = () => {
    window.scrollTo(0, y);
    if (Math.abs(window.scrollY - y) < 2 || performance.now() > deadline) return stop();
    frame = requestAnimationFrame(step);
  };
  // The visitor's own scrolling always wins over the restoration.
  for (const type of userMoved) window.addEventListener(type, stop, { passive: true });
  frame = requestAnimationFrame(step);
  return stop;
}

/**
 * What a visitor expects of a page change in a single-page app: a new page opens at its top
 * with focus on its heading, so a screen reader announces it; Back and Forward return to
 * where the visitor was on that page. The browser's own restoration cannot do this, because
 * the new page's content arrives after the URL changes.
 */
export function useRouteFocus(path: string): void {
  const positions = useRef(new Map<string, number>());
  const first = useRef(true);

  useEffect(() => {
    if ('scrollRestoration' in history) history.scrollRestoration = 'manual';
    // Remember where the visitor is on the current entry. The key is read each time: a filter
    // change on the map adds history entries of its own.
    const onScroll = () => positions.current.set(entryKey(), window.scrollY);
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      window.removeEventListener('scroll', onScroll);
    };
  }, []);

  // A layout effect: the entry's key must change before the old page's last scroll event.
  useLayoutEffect(() => {
    if (first.current) {
      // The first page load is the browser's: focus stays where the visitor starts.
      first.current = false;
      return;
    }
    // A new page's history entry has no key yet; one that has a key is visited again (Back,
    // Forward). Asking popstate instead would race the router's own listener.
    const wasPop = existingKey() !== undefined;
    const saved = positions.current.get(entryKey());
    let cancelScroll = () => {};
    if (!wasPop) window.scrollTo(0, 0);
    const stopWaiting = whenHeading((h) => {
      if (!h.hasAttribute('tabindex')) h.setAttribute('tabindex', '-1');
      h.focus({ preventScroll: true });
      cancelScroll = wasPop && saved !== undefined ? restoreScroll(saved) : restoreScroll(0);
    });
    return () => {
      stopWaiting();
      cancelScroll();
    };
  }, [path]);
}
