import { render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PrivacyPage } from './privacy-page.tsx';

beforeEach(() => {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL) =>
      String(input).startsWith('/api/privacy')
        ? new Response(JSON.stringify({ contactRetentionDays: 45 }), {
            headers: { 'Content-Type': 'application/json' },
          })
        : new Response('{}', { status: 404 }),
    ),
  );
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('privacy page', () => {
  it('states how long the contact e-mail is kept, as the server is configured', async () => {
    render(<PrivacyPage />);
    expect(screen.getByRole('heading', { name: /how long we keep the email/i })).toBeVisible();
    expect(
      await screen.findByText(/delete the email 45 days after our staff decide/i),
    ).toBeVisible();
    expect(screen.getByText(/\[phone number removed\]/)).toBeVisible();
  });
});
