import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TellPage } from './tell-page.tsx';

const json = (body: unknown) =>
  new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });

beforeEach(() => {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL) =>
      String(input).startsWith('/api/meta')
        ? json({
            countries: [
              { code: 'KE', name: 'Kenya', region: '002', subregion: '014', lat: 0, lon: 38 },
            ],
          })
        : json({}),
    ),
  );
});

afterEach(() => {
  vi.unstubAllGlobals();
});

async function writeSummary(text: string) {
  const user = userEvent.setup();
  render(<TellPage />);
  await user.click(screen.getByRole('button', { name: /let's start/i }));
  await user.type(screen.getByLabelText(/short name/i), 'Green streets');
  await user.click(screen.getByLabelText(/what do you do/i));
  await user.paste(text);
  return user;
}

describe('the form tells the child, before sending, what personal details to take out', () => {
  it('names the phone number, where it is, and why, kindly', async () => {
    await writeSummary(
      'We clean our park every month and ask the council for more lights. Call Ana on 0712 345 678.',
    );
    const box = await screen.findByRole('region', { name: /please take these details out/i });
    expect(
      within(box).getByText(
        'In “What do you do, and why?”, “0712 345 678” looks like a phone number.',
      ),
    ).toBeVisible();
    expect(within(box).getByText(/could call or message you/i)).toBeVisible();
    expect(within(box).getByText(/You can still send your story/i)).toBeVisible();
  });

  it('says nothing when there is nothing personal, and goes away once it is taken out', async () => {
    const user = await writeSummary(
      'We clean our park every month and ask the council for more lights.',
    );
    expect(screen.queryByRole('region', { name: /please take these details out/i })).toBeNull();
    await user.type(screen.getByLabelText(/what do you do/i), ' Write to ana@example.org');
    expect(await screen.findByText(/looks like an email address/i)).toBeVisible();
    await user.clear(screen.getByLabelText(/what do you do/i));
    await user.paste('We clean our park every month and ask the council for more lights.');
    expect(screen.queryByRole('region', { name: /please take these details out/i })).toBeNull();
  });
});
