import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { INITIATIVE, META } from '../../../tests/helpers/web-fixtures.ts';
import { InitiativePage } from './initiative-page.tsx';

const ITEM = INITIATIVE;

// Generous: the machine running tests may be busy; the page itself waits on nothing slow.
const WAIT = { timeout: 5000 };

function json(body: unknown, status = 200) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });
}

beforeEach(() => {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: string) => {
      const url = new URL(input, 'http://localhost');
      if (url.pathname === '/api/meta') return json(META);
      if (url.pathname === '/api/initiatives/test-peace-club') return json(ITEM);
      if (url.pathname === '/api/initiatives')
        return json({
          items: [ITEM, { ...ITEM, slug: 'other-club', title: 'Other club' }],
          total: 2,
          limit: 7,
          offset: 0,
        });
      return json({ title: 'Not found', status: 404 }, 404);
    }),
  );
});
afterEach(() => vi.unstubAllGlobals());

describe('initiative page', () => {
  it('marks the title and summary with the language they are written in', async () => {
    const arabic = {
      ...ITEM,
      slug: 'arabic-club',
      title: 'نادي السلام',
      summary: 'يجتمع الأطفال كل أسبوع في المدرسة لحل الخلافات دون عنف.',
      language: 'ar',
      originalLanguage: 'ar',
    };
    vi.stubGlobal(
      'fetch',
      vi.fn(async (input: string, init?: RequestInit) => {
        const url = new URL(input, 'http://localhost');
        // The page asks in its own language, whatever the browser prefers.
        expect(new Headers(init?.headers).get('Accept-Language')).toBe('en');
        if (url.pathname === '/api/meta') return json(META);
        if (url.pathname === '/api/initiatives/arabic-club') return json(arabic);
        return json({ items: [], total: 0, limit: 7, offset: 0 });
      }),
    );
    render(<InitiativePage slug="arabic-club" />);
    const heading = await screen.findByRole('heading', { level: 1, name: 'نادي السلام' }, WAIT);
    expect(heading).toHaveAttribute('lang', 'ar');
    expect(heading).toHaveAttribute('dir', 'auto');
    expect(screen.getByText(arabic.summary)).toHaveAttribute('lang', 'ar');
  });

  it('shows the facts and the public source link, and sets title and description', async () => {
    render(<InitiativePage slug="test-peace-club" />);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Test peace club' }, WAIT),
    ).toBeInTheDocument();
    const source = screen.getByRole('link', { name: /The public report/ });
    expect(source).toHaveAttribute('href', 'https://example.org/report');
    expect(source).toHaveAttribute('rel', expect.stringContaining('noopener'));
    expect(screen.getByText('Test Org')).toBeInTheDocument();
    // The year is the year the initiative started.
    expect(screen.getByText('Started')).toBeInTheDocument();
    expect(screen.getByText('Since 2019')).toBeInTheDocument();
    // Title and description are set in an effect, which React may run just after the
    // heading is on screen: wait for them rather than race the effect.
    await waitFor(() => {
      expect(document.title).toBe('Test peace club · Kenya · Participation Map');
      expect(document.querySelector('meta[name="description"]')?.getAttribute('content')).toBe(
        ITEM.summary,
      );
    }, WAIT);
    expect(await screen.findByRole('link', { name: 'Other club' }, WAIT)).toHaveAttribute(
      'href',
      '/initiatives/other-club',
    );
  });

  it('says the start year is not known when the source gives none', async () => {
    vi.mocked(fetch).mockImplementation(async (input) => {
      const url = new URL(String(input), 'http://localhost');
      if (url.pathname === '/api/meta') return json(META);
      if (url.pathname === '/api/initiatives/undated-club')
        return json({ ...ITEM, slug: 'undated-club', title: 'Undated club', year: null });
      return json({ items: [], total: 0, limit: 7, offset: 0 });
    });
    render(<InitiativePage slug="undated-club" />);
    await screen.findByRole('heading', { level: 1, name: 'Undated club' }, WAIT);
    const started = screen.getByText('Started');
    expect(started.nextElementSibling).toHaveTextContent('Not known');
    expect(screen.queryByText(/^Since/)).not.toBeInTheDocument();
  });

  it('shows the children’s own words with who said them, or the group', async () => {
    vi.mocked(fetch).mockImplementation(async (input) => {
      const url = new URL(String(input), 'http://localhost');
      if (url.pathname === '/api/meta') return json(META);
      if (url.pathname === '/api/initiatives/quoted-club')
        return json({
          ...ITEM,
          slug: 'quoted-club',
          title: 'Quoted club',
          quote: 'Nous voulons être écoutés.',
          quoteBy: 'a member, aged 14',
        });
      if (url.pathname === '/api/initiatives/group-quote')
        return json({ ...ITEM, slug: 'group-quote', title: 'Group quote', quote: 'We act.' });
      return json({ items: [], total: 0, limit: 7, offset: 0 });
    });
    const { unmount } = render(<InitiativePage slug="quoted-club" />);
    const quote = await screen.findByText('“Nous voulons être écoutés.”', {}, WAIT);
    expect(quote.closest('blockquote')).not.toBeNull();
    expect(screen.getByText('— a member, aged 14')).toBeInTheDocument();
    unmount();
    render(<InitiativePage slug="group-quote" />);
    expect(await screen.findByText('“We act.”', {}, WAIT)).toBeInTheDocument();
    expect(screen.getByText('— the group')).toBeInTheDocument();
  });

  it('copies its link', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<InitiativePage slug="test-peace-club" />);
    await user.click(await screen.findByRole('button', { name: 'Copy link' }, WAIT));
    expect(writeText).toHaveBeenCalledWith(expect.stringContaining('http'));
    expect(screen.getByRole('status')).toHaveTextContent('Link copied');
  });

  it('says so when the initiative does not exist', async () => {
    render(<InitiativePage slug="no-such-entry" />);
    expect(
      await screen.findByRole('heading', { name: 'Initiative not found' }, WAIT),
    ).toBeInTheDocument();
  });
});
