import { loadMessages } from './i18n/i18n.ts';
import { lazyPage } from './lib/lazy-page.ts';

// Each area is its own chunk, its text too (MESSAGE_GROUPS in contract/languages.ts): a
// visitor to the map never downloads the staff workspace. The map, contact and embed pages
// need only the `core` text, loaded before the first render (main.tsx). `preload` starts a
// page's code and text before React renders (web/page-preload.ts).
export const map = lazyPage(() => import('./features/map/map-page.tsx').then((m) => m.MapPage));
export const initiative = lazyPage((lang) =>
  Promise.all([
    import('./features/initiative/initiative-page.tsx'),
    loadMessages('initiative', lang),
  ]).then(([m]) => m.InitiativePage),
);
export const tell = lazyPage((lang) =>
  Promise.all([import('./features/submit/tell-page.tsx'), loadMessages('tell', lang)]).then(
    ([m]) => m.TellPage,
  ),
);
const status = lazyPage((lang) =>
  Promise.all([import('./features/submit/status-page.tsx'), loadMessages('tell', lang)]).then(
    ([m]) => m.StatusPage,
  ),
);
const staff = lazyPage((lang) =>
  Promise.all([
    import('./features/moderation/staff-app.tsx'),
    loadMessages('staff', lang),
    loadMessages('insights', lang),
  ]).then(([m]) => m.StaffApp),
);
export const insights = lazyPage((lang) =>
  Promise.all([
    import('./features/insights/insights-page.tsx'),
    loadMessages('insights', lang),
  ]).then(([m]) => m.InsightsPage),
);
export const about = lazyPage((lang) =>
  Promise.all([import('./pages/about-page.tsx'), loadMessages('pages', lang)]).then(
    ([m]) => m.AboutPage,
  ),
);
const contact = lazyPage(() => import('./pages/contact-page.tsx').then((m) => m.ContactPage));
const embed = lazyPage(() => import('./features/embed/embed-page.tsx').then((m) => m.EmbedPage));
export const privacy = lazyPage((lang) =>
  Promise.all([import('./pages/privacy-page.tsx'), loadMessages('pages', lang)]).then(
    ([m]) => m.PrivacyPage,
  ),
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
