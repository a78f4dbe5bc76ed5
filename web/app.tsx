import { Suspense } from 'react';
import { Route, Switch, useRoute } from 'wouter';
import { ErrorBoundary } from './components/ui/error-boundary.tsx';
import { Layout } from './components/ui/layout.tsx';
import { Loading } from './components/ui/loading.tsx';
import { NotFound } from './components/ui/not-found.tsx';
import { LanguageRouter } from './i18n/language-router.tsx';

import {
  AboutPage,
  ContactPage,
  EmbedPage,
  InitiativePage,
  InsightsPage,
  MapPage,
  PrivacyPage,
  StaffApp,
  StatusPage,
  TellPage,
} from './page-modules.ts';

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
