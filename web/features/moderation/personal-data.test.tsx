import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { META } from '../../../tests/helpers/web-fixtures.ts';
import type { StaffEntry } from '../../../contract/moderation.ts';
import { StaffApp } from './staff-app.tsx';
import { ENTRY, staffSession } from './test-fixtures.ts';

vi.mock('./point-picker.tsx', () => ({ default: () => <div data-testid="point-picker" /> }));

const WAIT = { timeout: 5000 };
const ERASED: StaffEntry = {
  ...ENTRY,
  version: 4,
  summary: 'We clean the river. Call [phone number removed] to join us every Saturday morning.',
  contactEmail: null,
  flags: [],
  history: [
    {
      id: 9,
      at: '2026-01-02T00:00:00Z',
      actorId: 1,
      actorEmail: 'admin@example.org',
      action: 'erase-personal-data',
      initiativeId: 5,
      entryTitle: 'River club',
      detail: { contactErased: true, historyRecords: 1, fields: ['summary'] },
    },
  ],
};

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });

let role: 'admin' | 'moderator';
let requests: { method: string; path: string; body: unknown }[];

beforeEach(() => {
  role = 'admin';
  requests = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: string, init: RequestInit = {}) => {
      const url = new URL(input, 'http://localhost');
      const method = init.method ?? 'GET';
      const body = typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
      requests.push({ method, path: url.pathname, body });
      if (url.pathname === '/api/meta') return json(META);
      if (url.pathname === '/api/auth/me') return json({ signedIn: true, ...staffSession(role) });
      if (url.pathname === '/api/moderation/summary') return json({ pending: 1 });
      if (url.pathname === '/api/moderation/entries/5/erase-personal-data') {
        return json({
          erased: { contactErased: true, historyRecords: 1, fields: ['summary'], concernNotes: 0 },
          entry: ERASED,
        });
      }
      if (url.pathname === '/api/moderation/entries/5' && method === 'PATCH') {
        if ((body as { confirmFlags?: boolean }).confirmFlags) {
          return json({ ...ENTRY, version: 4, summary: (body as { summary: string }).summary });
        }
        return json(
          {
            title: 'Safeguarding flags remain',
            status: 422,
            detail:
              'This published entry would be public with 1 safeguarding flag(s): email "a@b.org".',
          },
          422,
        );
      }
      const erased = requests.some((r) => r.path.endsWith('/erase-personal-data'));
      if (url.pathname === '/api/moderation/entries/5') return json(erased ? ERASED : ENTRY);
      return json({ title: 'Not found', status: 404 }, 404);
    }),
  );
});
afterEach(() => vi.unstubAllGlobals());

function renderEntry() {
  const { hook } = memoryLocation({ path: '/entries/5' });
  return render(
    <Router hook={hook}>
      <StaffApp />
    </Router>,
  );
}

describe('Erase personal data', () => {
  it('an admin confirms, names extra words, and sees the entry without its personal data', async () => {
    const user = userEvent.setup();
    renderEntry();
    await screen.findByRole('heading', { level: 1, name: 'River club' }, WAIT);
    expect(screen.getByText('teacher@school.example')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Erase personal data' }));
    const dialog = await screen.findByRole('dialog', {
      name: /erase the personal data of “River club”/i,
    });
    expect(within(dialog).getByText(/cannot be undone/i)).toBeVisible();
    // Cancel sends nothing.
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(requests.some((r) => r.path.endsWith('/erase-personal-data'))).toBe(false);

    await user.click(screen.getByRole('button', { name: 'Erase personal data' }));
    const again = await screen.findByRole('dialog');
    await user.type(
      within(again).getByLabelText(/also remove these words/i),
      'Wanjiru{Enter}Kamau',
    );
    await user.click(within(again).getByRole('button', { name: 'Erase' }));

    expect(
      await screen.findByText(
        'Personal data erased: the contact email was deleted; 1 history record and 1 field of the entry changed.',
        {},
        WAIT,
      ),
    ).toBeInTheDocument();
    expect(requests.find((r) => r.path.endsWith('/erase-personal-data'))?.body).toEqual({
      version: 3,
      also: ['Wanjiru', 'Kamau'],
    });
    await waitFor(() => expect(screen.queryByText('teacher@school.example')).toBeNull());
    expect(screen.getByText(/\[phone number removed\]/)).toBeInTheDocument();
  });

  it('is not offered to a moderator', async () => {
    role = 'moderator';
    renderEntry();
    await screen.findByRole('heading', { level: 1, name: 'River club' }, WAIT);
    expect(screen.queryByRole('button', { name: 'Erase personal data' })).toBeNull();
  });
});

describe('Confirming safeguarding flags the server finds', () => {
  it('an edit refused for new flags is saved again only after the moderator confirms', async () => {
    role = 'moderator';
    const user = userEvent.setup();
    renderEntry();
    await screen.findByRole('heading', { level: 1, name: 'River club' }, WAIT);
    await user.click(screen.getByRole('button', { name: 'Edit' }));
    const summary = screen.getByLabelText('Summary');
    await user.clear(summary);
    await user.type(summary, 'We clean the river every Saturday. Write to a@b.org to join us.');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    const alert = await screen.findByRole('alert', {}, WAIT);
    expect(alert).toHaveTextContent(/safeguarding flags/i);
    expect(alert).toHaveTextContent(/a@b\.org/);
    const patches = () => requests.filter((r) => r.method === 'PATCH');
    expect(patches()[0]?.body).not.toHaveProperty('confirmFlags');

    await user.click(screen.getByRole('checkbox', { name: /I checked the flagged details/ }));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(patches()).toHaveLength(2));
    expect(patches()[1]?.body).toMatchObject({ version: 3, confirmFlags: true });
  });
});
