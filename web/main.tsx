import './lib/zod-config.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';
import { preloadMapExplorer } from './features/map/preload.ts';
import { setLocale } from './i18n/i18n.ts';
import './styles/global.css';

setLocale('en');
if (location.pathname === '/') preloadMapExplorer();
else if (/^\/([a-z-]+\/)?embed\/?$/i.test(location.pathname)) preloadMapExplorer('embed');
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
