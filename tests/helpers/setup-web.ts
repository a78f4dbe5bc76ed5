import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy*/waitFor give up after 1 s by default. The web tests share two cores with the API
// and browser tests, so a busy machine can take longer than that to answer a stubbed fetch.
// A longer ceiling changes no assertion: a passing wait still ends as soon as it holds.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
  localStorage.clear();
});
