import { lazy, Suspense } from 'react';
import { Route, Switch, useRoute } from 'wouter';
import { ErrorBoundary } from './components/ui/error-boundary.tsx';
import { Layout } from './components/ui/layout.tsx';
import { Loading } from './components/ui/loading.tsx';
import { NotFound } from './components/ui/not-found.tsx';
import { loadMessages } from './i18n/i18n.ts';
import { LanguageRouter } from './i18n/language-router.tsx';

// Each area is its own chunk, its text too (MESSAGE_GROUPS in contract/languages.ts): a
// visitor to the map never downloads the staff workspace. The map, contact and embed pages
// need only the `core` text, loaded before the first render (main.tsx).
const MapPage = lazy(() =>
  import('./features/map/map-page.tsx').then((m) => ({ default: m.MapPage })),
);
const InitiativePage = lazy(() =>
  Promise.all([
    import('./features/initiative/initiative-page.tsx'),
    loadMessages('initiative'),
  ]).then(([m]) => ({
    default: m.InitiativePage,
  })),
);
const TellPage = lazy(() =>
  Promise.all([import('./features/submit/tell-page.tsx'), loadMessages('tell')]).then(([m]) => ({
    default: m.TellPage,
  })),
);
const StatusPage = lazy(() =>
  Promise.all([import('./features/submit/status-page.tsx'), loadMessages('tell')]).then(([m]) => ({
    default: m.StatusPage,
  })),
);
const StaffApp = lazy(() =>
  Promise.all([
    import('./features/moderation/staff-app.tsx'),
    loadMessages('staff'),
    loadMessages('insights'),
  ]).then(([m]) => ({
    default: m.StaffApp,
  })),
);
const InsightsPage = lazy(() =>
  Promise.all([import('./features/insights/insights-page.tsx'), loadMessages('insights')]).then(
    ([m]) => ({
      default: m.InsightsPage,
    }),
  ),
);
const AboutPage = lazy(() =>
  Promise.all([import('./pages/about-page.tsx'), loadMessages('pages')]).then(([m]) => ({
    default: m.AboutPage,
  })),
);
const ContactPage = lazy(() =>
  import('./pages/contact-page.tsx').then((m) => ({ default: m.ContactPage })),
);
const EmbedPage = lazy(() =>
  import('./features/embed/embed-page.tsx').then((m) => ({ default: m.EmbedPage })),
);
const PrivacyPage = lazy(() =>
  Promise.all([import('./pages/privacy-page.tsx'), loadMessages('pages')]).then(([m]) => ({
    default: m.PrivacyPage,
  })),
);

/** The map framed on other sites: no header or footer of its own. */
function Embedded({ lang }: { lang?: string }) {
  return (
    <ErrorBoundary>
      <Suspense fallback={<Loading fill />}>
        <EmbedPage lang={lang} />
      </Suspense>
    </ErrorBoundary>
  );
}

/** The site in the address's language: `/fr/...` is French, unprefixed English. */
export function App() {
  return (
    <LanguageRouter>
      <Pages />
    </LanguageRouter>
  );
}

function Pages() {
  const [embed] = useRoute('/embed');
  const [embedIn, params] = useRoute<{ lang: string }>('/:lang/embed');
  if (embed) return <Embedded />;
  if (embedIn) return <Embedded lang={params.lang} />;
  return (
    <ErrorBoundary>
      <Layout>
        <Suspense fallback={<Loading fill />}>
          <Switch>
            <Route path="/">
              <MapPage />
            </Route>
            <Route path="/initiatives/:slug">{(p) => <InitiativePage slug={p.slug} />}</Route>
            <Route path="/insights">
              <InsightsPage />
            </Route>
            <Route path="/tell">
              <TellPage />
            </Route>
            <Route path="/tell/status/:reference">
              {(p) => <StatusPage reference={p.reference} />}
            </Route>
            <Route path="/staff" nest>
              <StaffApp />
            </Route>
            <Route path="/about">
              <AboutPage />
            </Route>
            <Route path="/contact">
              <ContactPage />
            </Route>
            <Route path="/privacy">
              <PrivacyPage />
            </Route>
            <Route>
              <NotFound />
            </Route>
          </Switch>
        </Suspense>
      </Layout>
    </ErrorBoundary>
  );
}
