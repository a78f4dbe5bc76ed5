import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReportConcern } from './report-concern.tsx';

const WAIT = { timeout: 5000 };
afterEach(() => vi.unstubAllGlobals());

function answer(status: number, headers: Record<string, string> = {}) {
  const fetch = vi.fn(
    async () =>
      new Response(JSON.stringify(status < 400 ? { received: true } : { title: 'x', status }), {
        status,
        headers: { 'Content-Type': 'application/json', ...headers },
      }),
  );
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

describe('Report a concern', () => {
  it('needs a reason, sends it with the optional note, and thanks the visitor', async () => {
    const fetch = answer(202);
    const user = userEvent.setup();
    render(<ReportConcern slug="river-club" />);
    await user.click(screen.getByRole('button', { name: 'Report a concern' }));
    await user.click(screen.getByRole('button', { name: 'Send report' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Choose what the problem is.');
    expect(fetch).not.toHaveBeenCalled();

    await user.click(screen.getByRole('radio', { name: /personal information/ }));
    await user.type(screen.getByLabelText(/Anything else/), 'A full name is shown.');
    await user.click(screen.getByRole('button', { name: 'Send report' }));
    expect(await screen.findByText(/Thank you/, {}, WAIT)).toBeInTheDocument();
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/concerns');
    expect(JSON.parse(init.body as string)).toEqual({
      slug: 'river-club',
      reason: 'personal-information',
      note: 'A full name is shown.',
    });
  });

  it('says kindly when too many reports were sent', async () => {
    answer(429, { 'Retry-After': '300' });
    const user = userEvent.setup();
    render(<ReportConcern slug="river-club" />);
    await user.click(screen.getByRole('button', { name: 'Report a concern' }));
    await user.click(screen.getByRole('radio', { name: /not accurate/ }));
    await user.click(screen.getByRole('button', { name: 'Send report' }));
    expect(await screen.findByRole('alert', {}, WAIT)).toHaveTextContent(/wait a few minutes/);
  });
});
