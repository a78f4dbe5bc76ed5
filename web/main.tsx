import './lib/zod-config.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';
import { preloadMapExplorer } from './features/map/preload.ts';
import { hasQueuedStories } from './features/submit/outbox-key.ts';
import { setLocale } from './i18n/i18n.ts';
import './styles/global.css';

setLocale('en');
if (location.pathname === '/') preloadMapExplorer();
else if (/^\/([a-z-]+\/)?embed\/?$/i.test(location.pathname)) preloadMapExplorer('embed');
// A story kept on this device while offline goes as soon as the site opens with a connection.
if (hasQueuedStories())
  import('./features/submit/outbox.ts').then((o) => o.startOutbox()).catch(() => undefined);
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
