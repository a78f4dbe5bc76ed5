import { lazyPage } from './lib/lazy-page.ts';

// Each area is its own chunk, its text too (MESSAGE_GROUPS in contract/languages.ts): a
// visitor to the map never downloads the staff workspace. The map, contact and embed pages
// need only the `core` text, loaded before the first render (main.tsx). `preload` starts a
// page's code and text before React renders (web/page-preload.ts).
export const map = lazyPage(() => import('./features/map/map-page.tsx').then((m) => m.MapPage));
export const initiative = lazyPage(
  () => import('./features/initiative/initiative-page.tsx').then((m) => m.InitiativePage),
  ['initiative'],
);
export const tell = lazyPage(
  () => import('./features/submit/tell-page.tsx').then((m) => m.TellPage),
  ['tell'],
);
const status = lazyPage(
  () => import('./features/submit/status-page.tsx').then((m) => m.StatusPage),
  ['tell'],
);
const staff = lazyPage(
  () => import('./features/moderation/staff-app.tsx').then((m) => m.StaffApp),
  ['staff', 'insights'],
);
export const insights = lazyPage(
  () => import('./features/insights/insights-page.tsx').then((m) => m.InsightsPage),
  ['insights'],
);
export const about = lazyPage(
  () => import('./pages/about-page.tsx').then((m) => m.AboutPage),
  ['pages'],
);
const contact = lazyPage(() => import('./pages/contact-page.tsx').then((m) => m.ContactPage));
const embed = lazyPage(() => import('./features/embed/embed-page.tsx').then((m) => m.EmbedPage));
export const privacy = lazyPage(
  () => import('./pages/privacy-page.tsx').then((m) => m.PrivacyPage),
  ['pages'],
);

export const MapPage = map.Page;
export const InitiativePage = initiative.Page;
export const TellPage = tell.Page;
export const StatusPage = status.Page;
export const StaffApp = staff.Page;
export const InsightsPage = insights.Page;
export const AboutPage = about.Page;
export const ContactPage = contact.Page;
export const EmbedPage = embed.Page;
export const PrivacyPage = privacy.Page;
