import './lib/zod-config.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';
import { preloadMapExplorer } from './features/map/preload.ts';
import { splitLanguagePath } from '../contract/languages.ts';
import { availableLocales, loadMessages, setLocale } from './i18n/i18n.ts';
import './styles/global.css';

// The address's language prefix (`/fr/...`) is the page's language; `/xx/embed` with a
// language not offered is the embedded map in English.
const { lang, rest } = splitLanguagePath(location.pathname, availableLocales());
const embedIn = /^\/([a-z-]+)\/embed\/?$/i.exec(rest);
if (rest === '/') preloadMapExplorer();
else if (embedIn || /^\/embed\/?$/i.test(rest)) preloadMapExplorer('embed');

async function start(): Promise<void> {
  // The text every page needs, in the page's language, is in before the first render.
  // Should it fail (offline), the page still renders, and shows keys where text is missing.
  await setLocale(embedIn?.[1] ?? lang)
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
