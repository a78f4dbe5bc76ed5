import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DRAFT_KEY, emptyValues, loadDraft, toBody } from './draft.ts';
import { queuedStories } from './outbox.ts';
import { StatusPage } from './status-page.tsx';
import { TellPage } from './tell-page.tsx';

const SUMMARY = 'We clean our park every month and ask the council for more street lights.';

type Handler = (url: string, init?: RequestInit) => Response | Promise<Response>;
let submitHandler: Handler;
let sentBodies: unknown[];

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });

beforeEach(() => {
  sentBodies = [];
  submitHandler = () => json({ reference: 'K7P-4QX', statusUrl: '/tell/status/K7P-4QX' }, 201);
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input);
      if (url.startsWith('/api/meta')) {
        return json({
          countries: [
            { code: 'KE', name: 'Kenya', region: '002', subregion: '014', lat: 0, lon: 38 },
            { code: 'BR', name: 'Brazil', region: '019', subregion: '005', lat: -10, lon: -55 },
          ],
        });
      }
      if (url.startsWith('/api/places')) {
        return json({
          items: [{ name: 'Nairobi', country: 'KE', population: 2750547, lat: -1.28, lon: 36.82 }],
        });
      }
      if (url.startsWith('/api/submissions') && init?.method === 'POST') {
        sentBodies.push(JSON.parse(String(init.body)));
        return submitHandler(url, init);
      }
      return json({ status: 'pending', reference: 'K7P-4QX' });
    }),
  );
});

afterEach(() => {
  vi.unstubAllGlobals();
});

function setup() {
  const user = userEvent.setup();
  render(<TellPage />);
  return user;
}

const next = (user: ReturnType<typeof userEvent.setup>) =>
  user.click(screen.getByRole('button', { name: /next/i }));

async function fillToCheck(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: /let's start/i }));
  await user.type(screen.getByLabelText(/short name/i), 'Green streets');
  await user.click(screen.getByLabelText(/what do you do/i));
  await user.paste(SUMMARY);
  await next(user);
  await screen.findByRole('option', { name: 'Kenya' });
  await user.selectOptions(screen.getByLabelText(/country/i), 'KE');
  await user.type(screen.getByLabelText(/town or city/i), 'nai');
  await user.click(await screen.findByRole('button', { name: 'Nairobi' }));
  await next(user);
  await user.click(screen.getByRole('checkbox', { name: /climate and nature/i }));
  await next(user);
  await user.click(screen.getByRole('checkbox', { name: /telling people/i }));
  await next(user);
  await user.click(screen.getByRole('radio', { name: '10 to 14' }));
  await user.click(screen.getByRole('radio', { name: '6 to 20' }));
  await user.click(screen.getByRole('radio', { name: /lead it themselves/i }));
  await next(user);
  await user.click(screen.getByLabelText(/email of an adult/i));
  await user.paste('teacher@example.org');
  await next(user);
  await screen.findByRole('heading', { name: /check and send/i });
}

describe('TellPage: before writing', () => {
  it('tells the child how to stay safe and what is kept, before any question', async () => {
    setup();
    expect(screen.getByRole('heading', { level: 1, name: /let's tell the world/i })).toBeVisible();
    expect(screen.getByText(/do not write anyone’s full name/i)).toBeVisible();
    expect(screen.getByText(/ask a trusted adult/i)).toBeVisible();
    expect(
      screen.getByText(/never ask for, keep or show a child’s name, age, photo or exact place/i),
    ).toBeVisible();
    expect(screen.getByText(/email stays private/i)).toBeVisible();
    expect(screen.queryByRole('textbox')).toBeNull();
  });
});

describe('TellPage: steps and validation', () => {
  it('shows progress, and friendly messages next to the field as the child types', async () => {
    const user = setup();
    await user.click(screen.getByRole('button', { name: /let's start/i }));
    expect(screen.getByText('Step 1 of 7: Your group')).toBeVisible();
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();

    const title = screen.getByLabelText(/short name/i);
    await user.type(title, 'Hi');
    await user.tab();
    expect(title).toHaveAccessibleDescription(/at least 3 characters/i);
    expect(title).toHaveAttribute('aria-invalid', 'true');
    await user.type(title, '!!');
    expect(title).not.toHaveAttribute('aria-invalid');
    expect(screen.getByText('4 of 100 characters')).toBeVisible();
  });

  it('asks which language the child wrote in: the page language first, any of six or another', async () => {
    const user = setup();
    await user.click(screen.getByRole('button', { name: /let's start/i }));
    const select = screen.getByLabelText(/which language did you write in/i);
    expect(select).toHaveValue('en');
    const options = within(select).getAllByRole('option');
    expect(options.map((o) => (o as HTMLOptionElement).value)).toEqual([
      'en',
      'fr',
      'es',
      'ru',
      'zh',
      'ar',
      'und',
    ]);
    // Each language in its own name, so a child finds theirs.
    expect(options.find((o) => (o as HTMLOptionElement).value === 'ar')).toHaveTextContent(
      'العربية',
    );
    expect(options.at(-1)).toHaveTextContent('Another language');
    await user.selectOptions(select, 'ar');
    expect(loadDraft()?.values.textLanguage).toBe('ar');
    expect(toBody({ ...emptyValues(), textLanguage: 'ar' }, 0, 'en').language).toBe('ar');
    expect(toBody(emptyValues(), 0, 'en').language).toBe('en');
  });

  it('offers "In your own words": optional, at most 40 words, checked as the child types', async () => {
    const user = setup();
    await user.click(screen.getByRole('button', { name: /let's start/i }));
    const quote = screen.getByLabelText(/in your own words/i);
    expect(quote).not.toBeRequired();
    await user.click(quote);
    await user.paste(Array.from({ length: 41 }, () => 'word').join(' '));
    await user.tab();
    expect(quote).toHaveAccessibleDescription(/40 words or fewer/i);
    await user.clear(quote);
    await user.click(quote);
    await user.paste('We want every child in our town to feel safe at school.');
    await user.tab();
    expect(quote).not.toHaveAttribute('aria-invalid');
  });

  it('does not move on while a required answer is missing, and focuses it', async () => {
    const user = setup();
    await user.click(screen.getByRole('button', { name: /let's start/i }));
    await next(user);
    expect(screen.getByText('Step 1 of 7: Your group')).toBeVisible();
    expect(screen.getByText('Please give your project a name.')).toBeVisible();
    expect(screen.getByText('Please tell us what your group does.')).toBeVisible();
    expect(screen.getByLabelText(/short name/i)).toHaveFocus();
  });

  it('lets the child choose at most 3 topics, with icons and text labels', async () => {
    localStorage.setItem(
      DRAFT_KEY,
      JSON.stringify({ values: emptyValues(), step: 2, startedAt: Date.now() }),
    );
    const user = setup();
    const group = screen.getByRole('group', { name: /choose 1, 2 or 3/i });
    const boxes = within(group).getAllByRole('checkbox');
    expect(boxes).toHaveLength(13);
    for (const b of boxes.slice(0, 3)) await user.click(b);
    expect(screen.getByText('3 of 3 chosen')).toBeVisible();
    expect(boxes[3]).toBeDisabled();
    await user.click(boxes[0] as HTMLElement);
    expect(boxes[3]).toBeEnabled();
  });

  it('says why the other actions are greyed out once 2 are ticked, and announces it', async () => {
    localStorage.setItem(
      DRAFT_KEY,
      JSON.stringify({ values: emptyValues(), step: 3, startedAt: Date.now() }),
    );
    const user = setup();
    const group = screen.getByRole('group', { name: /choose 1 or 2/i });
    const boxes = within(group).getAllByRole('checkbox');
    expect(within(group).queryByText('You can choose up to 2.')).toBeNull();
    await user.click(boxes[0] as HTMLElement);
    await user.click(boxes[1] as HTMLElement);
    expect(boxes[2]).toBeDisabled();
    const limit = within(group).getByText('You can choose up to 2.');
    expect(limit).toBeVisible();
    // In a live region that was already in the page, so screen readers read it out.
    expect(limit.closest('[aria-live="polite"]')).not.toBeNull();
    expect(group).toHaveAccessibleDescription(/you can choose up to 2/i);
    await user.click(boxes[0] as HTMLElement);
    expect(within(group).queryByText('You can choose up to 2.')).toBeNull();
  });

  it('draws its icons as SVG, never as emoji that need an emoji font', async () => {
    const emoji = /\p{Extended_Pictographic}/u;
    const user = setup();
    expect(document.body.textContent).not.toMatch(emoji);
    expect(document.querySelector('.tell-safety h2 svg')).not.toBeNull();
    await user.click(screen.getByRole('button', { name: /let's start/i }));
    localStorage.setItem(
      DRAFT_KEY,
      JSON.stringify({ values: emptyValues(), step: 2, startedAt: Date.now() }),
    );
    cleanup();
    setup();
    const group = screen.getByRole('group', { name: /choose 1, 2 or 3/i });
    expect(group.textContent).not.toMatch(emoji);
    expect(group.querySelectorAll('.tell-option svg')).toHaveLength(13);
    // Decoration beside a text label: the checkbox's name is the label alone.
    expect(within(group).getByRole('checkbox', { name: 'Climate and nature' })).toBeVisible();
  });
});

describe('TellPage: the draft is never lost', { timeout: 20_000 }, () => {
  it('keeps every answer in the browser and restores it after a reload', async () => {
    const user = userEvent.setup();
    const first = render(<TellPage />);
    await user.click(screen.getByRole('button', { name: /let's start/i }));
    await user.type(screen.getByLabelText(/short name/i), 'Green streets');
    await user.type(screen.getByLabelText(/what do you do/i), SUMMARY);
    await next(user);
    expect(loadDraft()?.values.title).toBe('Green streets');

    // A reload: the page is built again from nothing but the browser's storage.
    first.unmount();
    render(<TellPage />);
    expect(screen.getByText(/we kept what you wrote/i)).toBeVisible();
    expect(screen.getByText('Step 2 of 7: Where')).toBeVisible();
    await user.click(screen.getByRole('button', { name: /back/i }));
    expect(screen.getByLabelText(/short name/i)).toHaveValue('Green streets');
    expect(screen.getByLabelText(/what do you do/i)).toHaveValue(SUMMARY);
  });

  it('says "Welcome back" once, not on every later step', async () => {
    localStorage.setItem(
      DRAFT_KEY,
      JSON.stringify({
        values: { ...emptyValues(), title: 'Green streets', summary: SUMMARY },
        step: 0,
        startedAt: Date.now(),
      }),
    );
    const user = setup();
    expect(screen.getByText(/welcome back/i)).toBeVisible();
    await next(user);
    expect(screen.getByText('Step 2 of 7: Where')).toBeVisible();
    expect(screen.queryByText(/welcome back/i)).toBeNull();
    await user.click(screen.getByRole('button', { name: /back/i }));
    expect(screen.queryByText(/welcome back/i)).toBeNull();
  });

  it('can start again, deleting the answers', async () => {
    localStorage.setItem(
      DRAFT_KEY,
      JSON.stringify({
        values: { ...emptyValues(), title: 'Old' },
        step: 0,
        startedAt: Date.now(),
      }),
    );
    const user = setup();
    await user.click(screen.getByRole('button', { name: /start again/i }));
    await user.click(screen.getByRole('button', { name: /start again/i }));
    expect(screen.getByLabelText(/short name/i)).toHaveValue('');
  });

  it('sends, shows the reference with a link to the status page, and clears the draft', async () => {
    const user = setup();
    await fillToCheck(user);
    expect(screen.getByText('Green streets')).toBeVisible();
    expect(screen.getByText('Nairobi, Kenya')).toBeVisible();

    await user.click(screen.getByRole('button', { name: /send to the team/i }));
    expect(screen.getByText(/ask your group and a trusted adult/i)).toBeVisible();
    expect(sentBodies).toHaveLength(0);

    // Before agreeing, the child is told that a published story becomes open data.
    const consent = screen.getByRole('checkbox', { name: /i have permission/i });
    expect(consent).toHaveAccessibleDescription(/anyone may share it again.*CC BY 4\.0/);
    await user.click(consent);
    await user.click(screen.getByRole('button', { name: /send to the team/i }));
    expect(await screen.findByRole('heading', { name: /thank you/i })).toBeVisible();
    expect(screen.getByTestId('reference')).toHaveTextContent('K7P-4QX');
    expect(screen.getByRole('link', { name: /check your story/i })).toHaveAttribute(
      'href',
      '/tell/status/K7P-4QX',
    );
    expect(localStorage.getItem(DRAFT_KEY)).toBeNull();
    expect(screen.getByText(/save this page/i)).toBeVisible();

    // The code can be copied, and a screen reader hears that it was.
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const said = screen.getByTestId('copy-status');
    expect(said).toHaveAttribute('role', 'status');
    expect(said).toBeEmptyDOMElement();
    await user.click(screen.getByRole('button', { name: /copy the code/i }));
    expect(writeText).toHaveBeenCalledWith('K7P-4QX');
    expect(said).toHaveTextContent('Code copied.');
    expect(sentBodies[0]).toMatchObject({
      title: 'Green streets',
      summary: SUMMARY,
      country: 'KE',
      locality: 'Nairobi',
      lat: -1.28,
      lon: 36.82,
      themes: ['climate'],
      actions: ['awareness'],
      ageRange: '10-14',
      groupSize: '6-20',
      childLed: 'child-led',
      contactEmail: 'teacher@example.org',
      consent: true,
      website: '',
      organization: null,
      quote: null,
      link: null,
      year: null,
      language: 'en',
    });
    expect(typeof (sentBodies[0] as { startedAt: unknown }).startedAt).toBe('number');
  });

  it.each([
    [
      'server error',
      () => json({ title: 'Something went wrong', status: 500 }, 500),
      /something went wrong on our side/i,
    ],
    [
      'too many',
      () => json({ title: 'Too many requests', status: 429 }, 429, { 'Retry-After': '42' }),
      /wait 42 seconds/i,
    ],
  ] as const)(
    'keeps everything when the send fails (%s) and lets the child retry',
    async (_, fail, text) => {
      const user = setup();
      await fillToCheck(user);
      await user.click(screen.getByRole('checkbox', { name: /i have permission/i }));
      submitHandler = fail as Handler;
      await user.click(screen.getByRole('button', { name: /send to the team/i }));
      expect(await screen.findByRole('alert')).toHaveTextContent(text);
      expect(loadDraft()?.values).toMatchObject({ title: 'Green streets', consent: true });

      submitHandler = () => json({ reference: 'ABC-234', statusUrl: '/tell/status/ABC-234' }, 201);
      await user.click(screen.getByRole('button', { name: /send to the team/i }));
      expect(await screen.findByTestId('reference')).toHaveTextContent('ABC-234');
    },
  );

  it('offline, keeps the story on the device, says so, and sends it once when back online', async () => {
    const user = setup();
    await fillToCheck(user);
    await user.click(screen.getByRole('checkbox', { name: /i have permission/i }));
    const keys: (string | null)[] = [];
    submitHandler = (_url, init) => {
      keys.push(new Headers(init?.headers).get('Idempotency-Key'));
      return Promise.reject(new TypeError('Failed to fetch'));
    };
    await user.click(screen.getByRole('button', { name: /send to the team/i }));
    expect(await screen.findByRole('heading', { name: /saved on this device/i })).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent(
      /sent by itself when you are back online/i,
    );
    expect(queuedStories()).toHaveLength(1);
    expect(loadDraft()).toBeUndefined();

    submitHandler = (_url, init) => {
      keys.push(new Headers(init?.headers).get('Idempotency-Key'));
      return json({ reference: 'ABC-234', statusUrl: '/tell/status/ABC-234' }, 201);
    };
    await act(async () => {
      window.dispatchEvent(new Event('online'));
    });
    expect(await screen.findByTestId('reference')).toHaveTextContent('ABC-234');
    expect(queuedStories()).toHaveLength(0);
    // The same key on both attempts: the server stores the story once.
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[0-9a-f]{32}$/);
    expect(keys[1]).toBe(keys[0]);
  });

  it('shows the server’s field problems next to the field, on its step', async () => {
    const user = setup();
    await fillToCheck(user);
    await user.click(screen.getByRole('checkbox', { name: /i have permission/i }));
    submitHandler = () =>
      json({ title: 'Invalid request', status: 400, errors: { country: ['Unknown'] } }, 400);
    await user.click(screen.getByRole('button', { name: /send to the team/i }));
    await screen.findByText('Step 2 of 7: Where');
    expect(screen.getByLabelText(/country/i)).toHaveAccessibleDescription(/check this answer/i);
  });
});

describe('StatusPage', () => {
  function withStatus(body: unknown, status = 200) {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json(body, status)),
    );
  }

  it('says pending', async () => {
    withStatus({ reference: 'K7P-4QX', status: 'pending' });
    render(<StatusPage reference="K7P-4QX" />);
    expect(await screen.findByText(/still reading your story/i)).toBeVisible();
  });

  it('links to the public page once published', async () => {
    withStatus({
      reference: 'K7P-4QX',
      status: 'published',
      slug: 'green-streets',
      url: '/initiatives/green-streets',
    });
    render(<StatusPage reference="K7P-4QX" />);
    expect(await screen.findByRole('link', { name: /see it on the map/i })).toHaveAttribute(
      'href',
      '/initiatives/green-streets',
    );
  });

  it('says not published, and nothing more', async () => {
    withStatus({ reference: 'K7P-4QX', status: 'not-published' });
    render(<StatusPage reference="K7P-4QX" />);
    expect(await screen.findByText(/is not on the map/i)).toBeVisible();
  });

  it('says when a code is unknown', async () => {
    withStatus({ title: 'Not found', status: 404 }, 404);
    render(<StatusPage reference="ZZZ-ZZZ" />);
    expect(await screen.findByText(/could not find this code/i)).toBeVisible();
  });

  it('offers to try again when offline', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
    );
    render(<StatusPage reference="K7P-4QX" />);
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(/offline/i));
    withStatus({ reference: 'K7P-4QX', status: 'pending' });
    await act(async () => {
      screen.getByRole('button', { name: /try again/i }).click();
    });
    expect(await screen.findByText(/still reading your story/i)).toBeVisible();
  });
});
