import './lib/zod-config.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';
import { preloadMapExplorer } from './features/map/preload.ts';
import { loadMessages, setLocale } from './i18n/i18n.ts';
import './styles/global.css';

const embedIn = /^\/([a-z-]+)\/embed\/?$/i.exec(location.pathname);
if (location.pathname === '/') preloadMapExplorer();
else if (embedIn || /^\/embed\/?$/i.test(location.pathname))
  preloadMapExplorer('embed', embedIn?.[1]);

async function start(): Promise<void> {
  // The text every page needs, in the page's language, is in before the first render.
  // Should it fail (offline), the page still renders, and shows keys where text is missing.
  await setLocale(embedIn?.[1] ?? 'en')
    .then(() => loadMessages('core'))
    .catch(() => undefined);
  const root = document.getElementById('root');
  if (root) {
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  }
}
void start();
