import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import type { CountriesTopology } from '../../web/lib/basemap.ts';
import { MESSAGE_GROUPS, type MessageGroup } from '../../contract/languages.ts';
import { loadMessages } from '../../web/i18n/i18n.ts';
import { useExplorer } from '../../web/stores/explorer-store.ts';

// Every English message, through the same loader the app uses, before any test renders.
await Promise.all(Object.keys(MESSAGE_GROUPS).map((g) => loadMessages(g as MessageGroup, 'en')));

// findBy*/waitFor give up after 1 s by default. The web tests share two cores with the API
// and browser tests, so a busy machine can take longer than that to answer a stubbed fetch.
// A longer ceiling changes no assertion: a passing wait still ends as soon as it holds.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
  localStorage.clear();
  // Files share their worker's modules (vitest.config.ts): the explorer's filters and
  // selection start afresh for the next test and the next file.
  useExplorer.setState(useExplorer.getInitialState(), true);
});

// jsdom has no server to fetch the basemap's shapes from (basemap-data.ts): the web tests
// read the same file from the package.
vi.mock('../../web/lib/basemap-data.ts', async () => {
  const { buildBasemap } = await import('../../web/lib/basemap.ts');
  const world = (await import('world-atlas/countries-110m.json')).default;
  const base = buildBasemap(world as unknown as CountriesTopology);
  return {
    loadBasemap: () => Promise.resolve(base),
    loadedBasemap: () => base,
    withBasemap: <T>(component: Promise<T>) => component,
  };
});
