import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Meta } from '../../../contract/initiatives.ts';
import { setLocale } from '../../i18n/i18n.ts';
import { INITIATIVE, META } from '../../../tests/helpers/web-fixtures.ts';
import { InitiativePage } from './initiative-page.tsx';

const ITEM = INITIATIVE;

// What the API answers for `lang=fr`: the same shape, its labels in French.
const META_FR: Meta = {
  ...META,
  themes: META.themes.map((x) =>
    x.code === 'climate' ? { ...x, label: 'Changement climatique et environnement' } : x,
  ),
};

function json(body: unknown) {
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
}

const fetch = vi.fn(async (input: string) => {
  const url = new URL(input, 'http://localhost');
  const fr = url.searchParams.get('lang') === 'fr';
  if (url.pathname === '/api/meta') return json(fr ? META_FR : META);
  if (url.pathname === '/api/initiatives/test-peace-club')
    return json(fr ? { ...ITEM, countryName: 'Kenya (fr)' } : ITEM);
  return json({ items: [], total: 0, limit: 7, offset: 0 });
});

beforeEach(() => {
  fetch.mockClear();
  vi.stubGlobal('fetch', fetch);
});
afterEach(async () => {
  vi.unstubAllGlobals();
  await setLocale('en');
});

describe('labels from the API in the interface language', () => {
  it('asks the API in French and shows its French theme label, then English again', async () => {
    await setLocale('fr');
    render(<InitiativePage slug="test-peace-club" />);
    expect(
      (await screen.findAllByText('Changement climatique et environnement')).length,
    ).toBeGreaterThan(0);
    const asked = fetch.mock.calls.map(([u]) => new URL(u, 'http://localhost'));
    const meta = asked.filter((u) => u.pathname === '/api/meta');
    expect(meta.length).toBeGreaterThan(0);
    expect(meta.every((u) => u.searchParams.get('lang') === 'fr')).toBe(true);

    // Switching the language fetches the labels again, without a reload.
    await act(() => setLocale('en'));
    expect((await screen.findAllByText('Climate change and environment')).length).toBeGreaterThan(
      0,
    );
    expect(screen.queryByText('Changement climatique et environnement')).not.toBeInTheDocument();
    expect(
      fetch.mock.calls.some(
        ([u]) => new URL(u, 'http://localhost').searchParams.get('lang') === 'en',
      ),
    ).toBe(true);
  });
});
