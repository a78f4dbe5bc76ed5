import './lib/zod-config.ts';
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';
import { preloadMapExplorer } from './features/map/preload.ts';
import { preloadPage } from './page-preload.ts';
import { handOverFirstPaint } from './lib/first-paint-handover.ts';
import { registerWhenStarted } from './lib/service-worker-start.ts';
import { liveMapStarted } from './features/map/map-downloads.ts';
import { MAP_UPDATED } from './features/map/map-updated.ts';
import { hasQueuedStories } from './features/submit/outbox-key.ts';
import { splitLanguagePath } from '../contract/languages.ts';
import { availableLocales, loadMessages, setLocale } from './i18n/i18n.ts';
import './styles/global.css';

// The address's language prefix (`/fr/...`) is the page's language; `/xx/embed` with a
// language not offered is the embedded map in English.
const { lang, rest } = splitLanguagePath(location.pathname, availableLocales());
const embedIn = /^\/([a-z-]+)\/embed\/?$/i.exec(rest);
const embedded = embedIn || /^\/embed\/?$/i.test(rest);
if (embedded) preloadMapExplorer('embed', embedIn?.[1] ?? lang);
const pageReady = embedded ? Promise.resolve() : preloadPage(rest, lang);
// A story kept on this device while offline goes as soon as the site has opened with a
// connection: looked for once the page has loaded, as the first read of localStorage costs a
// slowed phone some 40 ms in the middle of the first render.
const sendQueuedStories = () => {
  if (hasQueuedStories())
    import('./features/submit/outbox.ts').then((o) => o.startOutbox()).catch(() => undefined);
};
if (document.readyState === 'complete') sendQueuedStories();
else window.addEventListener('load', sendQueuedStories, { once: true });
// The service worker keeps the shell, the map and the form, and the last data, for the next
// visit (web/service-worker/sw.js); registered once the page has started (after load, and
// after the live map's first drawing), so it never competes with the first visit's own work.
// Not inside another site's frame (embed).
if (import.meta.env.PROD && 'serviceWorker' in navigator && window.top === window) {
  registerWhenStarted({
    liveMap: liveMapStarted,
    mapUpdated: MAP_UPDATED,
    register: () => void navigator.serviceWorker.register('/sw.js').catch(() => undefined),
  });
}

// An open language menu and the focus on the server's first paint are carried over to the
// app's drawing of the page (see start()).
const firstPaintRoot = document.getElementById('root');
if (firstPaintRoot?.querySelector('[data-first-paint]')) handOverFirstPaint(firstPaintRoot);

async function start(): Promise<void> {
  // The text every page needs, in the page's language, is in before the first render.
  // Should it fail (offline), the page still renders, and shows keys where text is missing.
  await setLocale(embedIn?.[1] ?? lang)
    .then(() => loadMessages('core'))
    .catch(() => undefined);
  const root = document.getElementById('root');
  if (!root) return;
  // Rendered as a transition, so React yields to the browser every few milliseconds instead
  // of building the whole first page in one task that holds up taps and scrolling.
  const render = () =>
    startTransition(() =>
      createRoot(root).render(
        <StrictMode>
          <App />
        </StrictMode>,
      ),
    );
  // The server painted the map page's headline and first entries, or an initiative's head
  // (api/lib/first-paint.ts): they stay until the page's code and data are here, so the app
  // replaces them with the same content, not with a loading message. Never longer than
  // FIRST_PAINT_WAIT_MS.
  if (root.querySelector('[data-first-paint]')) {
    const FIRST_PAINT_WAIT_MS = 4000;
    Promise.race([pageReady, new Promise((resolve) => setTimeout(resolve, FIRST_PAINT_WAIT_MS))])
      .catch(() => undefined)
      .finally(render);
  } else render();
}
void start();
