import { render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { INITIATIVE, META } from '../tests/helpers/web-fixtures.ts';
import { InitiativePage } from './features/initiative/initiative-page.tsx';
import { preloadPage } from './page-preload.ts';

function json(body: unknown, status = 200) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });
}

const asked: string[] = [];
beforeEach(() => {
  asked.length = 0;
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: string) => {
      const url = new URL(input, 'http://localhost');
      asked.push(url.pathname);
      if (url.pathname === '/api/meta') return json(META);
      if (url.pathname === `/api/initiatives/${INITIATIVE.slug}`) return json(INITIATIVE);
      if (url.pathname === '/api/initiatives')
        return json({ items: [], total: 0, limit: 7, offset: 0 });
      return json({ title: 'Not found', status: 404 }, 404);
    }),
  );
});
afterEach(() => vi.unstubAllGlobals());

describe('a first visit to an initiative', () => {
  it('asks for the entry and the labels before the page renders, and only once', async () => {
    preloadPage(`/initiatives/${INITIATIVE.slug}`, 'en');
    expect(asked).toContain(`/api/initiatives/${INITIATIVE.slug}`);
    expect(asked).toContain('/api/meta');
    render(<InitiativePage slug={INITIATIVE.slug} />);
    expect(
      await screen.findByRole('heading', { level: 1, name: INITIATIVE.title }, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(asked.filter((p) => p === `/api/initiatives/${INITIATIVE.slug}`)).toHaveLength(1);
    expect(asked.filter((p) => p === '/api/meta')).toHaveLength(1);
  });

  it('leaves an address that is not a slug to the page', () => {
    preloadPage('/initiatives/%3Cscript%3E', 'en');
    expect(asked.filter((p) => p.startsWith('/api/initiatives'))).toEqual([]);
  });
});
