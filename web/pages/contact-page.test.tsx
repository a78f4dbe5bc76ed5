import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContactPage } from './contact-page.tsx';

afterEach(() => vi.unstubAllGlobals());

const OFFICE = 'https://violenceagainstchildren.un.org/';

function answer(body: unknown, status = 200) {
  vi.stubGlobal(
    'fetch',
    vi.fn(
      async () =>
        new Response(JSON.stringify(body), {
          status,
          headers: { 'Content-Type': 'application/json' },
        }),
    ),
  );
}

describe('Contact page', () => {
  it('names the office and the campaign, and shows the contact the operator set', async () => {
    answer({ email: 'map@example.org', url: 'https://example.org/contact', officeWebsite: OFFICE });
    render(<ContactPage />);
    expect(screen.getByRole('heading', { level: 1, name: 'Contact the office' })).toBeVisible();
    expect(
      screen.getByText(
        /Special Representative of the Secretary-General on Violence against Children/,
      ),
    ).toHaveTextContent('Let’s tell the world');
    const mail = await screen.findByRole('link', { name: 'map@example.org' });
    expect(mail).toHaveAttribute('href', 'mailto:map@example.org');
    expect(screen.getByRole('link', { name: 'https://example.org/contact' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'violenceagainstchildren.un.org' })).toHaveAttribute(
      'href',
      OFFICE,
    );
    expect(document.title).toBe('Contact · Participation Map');
  });

  it("with no contact set, says so and points to the office's website", async () => {
    answer({ email: null, url: null, officeWebsite: OFFICE });
    render(<ContactPage />);
    expect(await screen.findByText(/No direct contact is set up/)).toBeVisible();
    expect(screen.queryByRole('link', { name: /@/ })).toBeNull();
    expect(screen.getByRole('link', { name: 'violenceagainstchildren.un.org' })).toBeVisible();
  });

  it("when the details cannot be loaded, still gives the office's website", async () => {
    answer({ title: 'Unavailable', status: 503 }, 503);
    render(<ContactPage />);
    expect(await screen.findByText(/could not be loaded/)).toBeVisible();
    expect(screen.getByRole('link', { name: 'violenceagainstchildren.un.org' })).toHaveAttribute(
      'href',
      OFFICE,
    );
  });
});
