import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { META } from '../../../tests/helpers/web-fixtures.ts';
import { StaffApp } from './staff-app.tsx';
import { ENTRY, staffSession } from './test-fixtures.ts';

// Never MapLibre in jsdom: the point picker is covered by the e2e test.
vi.mock('./point-picker.tsx', () => ({ default: () => <div data-testid="point-picker" /> }));

const WAIT = { timeout: 5000 };
const SESSION = staffSession('moderator', 'mod@example.org');

function json(body: unknown, status = 200) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });
}

let signedIn = false;
let requests: { method: string; path: string; headers: Headers; body: unknown }[] = [];

beforeEach(() => {
  signedIn = false;
  requests = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: string, init: RequestInit = {}) => {
      const url = new URL(input, 'http://localhost');
      const method = init.method ?? 'GET';
      const body = typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
      requests.push({ method, path: url.pathname, headers: new Headers(init.headers), body });
      if (url.pathname === '/api/meta') return json(META);
      if (url.pathname === '/api/auth/me')
        return json(signedIn ? { signedIn: true, ...SESSION } : { signedIn: false });
      if (url.pathname === '/api/auth/login') {
        const { password } = body as { password: string };
        if (password !== 'right one') {
          return json(
            { title: 'Sign-in failed', status: 401, detail: 'The email or password is not right.' },
            401,
          );
        }
        signedIn = true;
        return json(SESSION);
      }
      if (url.pathname === '/api/auth/password') {
        const { currentPassword } = body as { currentPassword: string };
        if (currentPassword !== 'right one') {
          return json(
            {
              title: 'Invalid request',
              status: 400,
              errors: { currentPassword: ['This is not your current password'] },
            },
            400,
          );
        }
        return new Response(null, { status: 204 });
      }
      if (url.pathname === '/api/moderation/summary') return json({ pending: 1 });
      if (url.pathname === '/api/moderation/entries')
        return json({
          items: [{ ...ENTRY, flagCount: 1, openConcerns: 0 }],
          total: 1,
          limit: 50,
          offset: 0,
          counts: { pending: 1, published: 12, rejected: 0, archived: 2 },
        });
      if (url.pathname === '/api/moderation/entries/5' && method === 'GET') return json(ENTRY);
      if (url.pathname === '/api/moderation/entries/5' && method === 'PATCH')
        return json(
          {
            title: 'Edit conflict',
            status: 409,
            detail:
              'Someone else changed this entry after you opened it. Your changes were not saved.',
          },
          409,
        );
      return json({ title: 'Not found', status: 404 }, 404);
    }),
  );
});
afterEach(() => vi.unstubAllGlobals());

function renderAt(path: string) {
  const { hook } = memoryLocation({ path });
  return render(
    <Router hook={hook}>
      <StaffApp />
    </Router>,
  );
}

describe('Staff workspace', () => {
  it('asks to sign in, says plainly when it fails, then shows the queue with counts', async () => {
    const user = userEvent.setup();
    renderAt('/');
    await screen.findByRole('heading', { name: 'Staff sign-in' }, WAIT);
    await user.type(screen.getByLabelText('Email'), 'mod@example.org');
    await user.type(screen.getByLabelText('Password'), 'wrong');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert', {}, WAIT)).toHaveTextContent(
      /email or password is not right/i,
    );
    expect(screen.getByLabelText('Password')).toHaveValue('');

    await user.type(screen.getByLabelText('Password'), 'right one');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await screen.findByRole('heading', { name: 'Review queue' }, WAIT);
    expect(await screen.findByRole('button', { name: /Published\s*12/ }, WAIT)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Pending\s*1/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    const row = screen.getByRole('row', { name: /River club/ });
    expect(within(row).getByText('1 flag')).toBeInTheDocument();
    expect(await screen.findByText('1 entry waiting for review', {}, WAIT)).toBeInTheDocument();

    // Selecting an entry offers the bulk decisions.
    await user.click(within(row).getByRole('checkbox'));
    expect(screen.getByText('1 selected')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Archive' })).toBeInTheDocument();
  });

  it('highlights flagged text, and a stale save shows the conflict with a way to reload', async () => {
    signedIn = true;
    const user = userEvent.setup();
    renderAt('/entries/5');
    await screen.findByRole('heading', { level: 1, name: 'River club' }, WAIT);
    expect(screen.getByText('0712 345 678', { selector: 'mark' })).toBeInTheDocument();
    expect(screen.getByText('teacher@school.example')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Edit' }));
    const summary = screen.getByLabelText('Summary');
    await user.clear(summary);
    await user.type(summary, 'We clean the river every Saturday morning with our friends.');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    const alert = await screen.findByRole('alert', {}, WAIT);
    expect(alert).toHaveTextContent(/Not saved: edit conflict/);
    expect(alert).toHaveTextContent(/Someone else changed this entry/);
    expect(
      within(alert).getByRole('button', { name: 'Load the latest version' }),
    ).toBeInTheDocument();
    // What the moderator typed is still there.
    expect(screen.getByLabelText('Summary')).toHaveValue(
      'We clean the river every Saturday morning with our friends.',
    );

    const patch = requests.find((r) => r.method === 'PATCH');
    expect(patch?.body).toEqual({
      version: 3,
      summary: 'We clean the river every Saturday morning with our friends.',
    });
    expect(patch?.headers.get('X-CSRF-Token')).toBe('token-123');
  });

  it('checks fields as the submission form does before sending anything', async () => {
    signedIn = true;
    const user = userEvent.setup();
    renderAt('/entries/5');
    await user.click(await screen.findByRole('button', { name: 'Edit' }, WAIT));
    await user.clear(screen.getByLabelText('Title'));
    await user.type(screen.getByLabelText('Title'), 'x');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(
      await screen.findByText(/title must be at least 3 characters/i, {}, WAIT),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Title')).toHaveAttribute('aria-invalid', 'true');
    expect(requests.some((r) => r.method === 'PATCH')).toBe(false);
  });

  it('lets a moderator change their own password, checking it before and after sending', async () => {
    signedIn = true;
    const user = userEvent.setup();
    renderAt('/account');
    await screen.findByRole('heading', { level: 1, name: 'Your account' }, WAIT);
    expect(screen.getByText('mod@example.org', { selector: 'dd' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Your account' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    const current = screen.getByLabelText('Current password');
    const next = screen.getByLabelText('New password');
    const again = screen.getByLabelText('New password again');
    expect(current).toHaveAttribute('autocomplete', 'current-password');
    expect(next).toHaveAttribute('autocomplete', 'new-password');

    // Two different new passwords: said next to the field, nothing sent.
    await user.type(current, 'wrong one');
    await user.type(next, 'copper lantern orchard 77');
    await user.type(again, 'copper lantern orchard 78');
    await user.click(screen.getByRole('button', { name: 'Change password' }));
    expect(again).toHaveAccessibleDescription(/not the same/i);
    expect(again).toHaveFocus();
    expect(requests.some((r) => r.path === '/api/auth/password')).toBe(false);

    // A wrong current password, from the server: said next to that field, which is emptied.
    await user.clear(again);
    await user.type(again, 'copper lantern orchard 77');
    await user.click(screen.getByRole('button', { name: 'Change password' }));
    await screen.findByText('This is not your current password', {}, WAIT);
    expect(current).toHaveAttribute('aria-invalid', 'true');
    expect(current).toHaveValue('');
    expect(next).toHaveValue('copper lantern orchard 77');

    await user.type(current, 'right one');
    await user.click(screen.getByRole('button', { name: 'Change password' }));
    expect(await screen.findByText(/password is changed/i, {}, WAIT)).toHaveAttribute(
      'role',
      'status',
    );
    for (const field of [current, next, again]) expect(field).toHaveValue('');
    const sent = requests.filter((r) => r.path === '/api/auth/password').at(-1);
    expect(sent?.body).toEqual({
      currentPassword: 'right one',
      newPassword: 'copper lantern orchard 77',
    });
    expect(sent?.headers.get('X-CSRF-Token')).toBe('token-123');
  }, 20_000); // three password fields typed key by key: slow on a busy machine
});
