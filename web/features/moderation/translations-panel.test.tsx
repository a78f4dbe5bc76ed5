import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TranslationsPanel } from './translations-panel.tsx';

afterEach(() => vi.unstubAllGlobals());

const ENTRY = {
  id: 7,
  language: 'en',
  translations: [
    {
      language: 'fr' as const,
      title: 'Club de la paix',
      summary: 'Des enfants règlent les disputes sans violence.',
      updatedAt: '2026-12-01T00:00:00Z',
    },
  ],
};

describe('translations panel', () => {
  it('lists translations, offers the other five languages, and saves one', async () => {
    const sent: { method: string; url: string; body: unknown }[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string, init: RequestInit) => {
        sent.push({ method: init.method ?? 'GET', url, body: JSON.parse(String(init.body)) });
        return new Response(JSON.stringify({ translations: [] }), {
          headers: { 'Content-Type': 'application/json' },
        });
      }),
    );
    const onChanged = vi.fn();
    const user = userEvent.setup();
    render(<TranslationsPanel entry={ENTRY} onChanged={onChanged} />);
    expect(screen.getByText('Written in: English')).toBeInTheDocument();
    expect(screen.getByText('Club de la paix').closest('dd')).toHaveAttribute('lang', 'fr');
    await user.click(screen.getByRole('button', { name: 'Add or correct a translation' }));
    const select = screen.getByLabelText('Language');
    // Never into the entry's own language.
    expect([...(select as HTMLSelectElement).options].map((o) => o.value)).toEqual([
      'fr',
      'es',
      'ru',
      'zh',
      'ar',
    ]);
    // The French translation is there to correct.
    expect(screen.getByLabelText('Title in this language')).toHaveValue('Club de la paix');
    await user.selectOptions(select, 'ar');
    expect(screen.getByLabelText('Title in this language')).toHaveValue('');
    await user.type(screen.getByLabelText('Title in this language'), 'نادي السلام');
    await user.type(
      screen.getByLabelText('Summary in this language'),
      'يحل الأطفال الخلافات دون عنف.',
    );
    await user.click(screen.getByRole('button', { name: 'Save translation' }));
    await waitFor(() => expect(onChanged).toHaveBeenCalledWith('Translation saved.'));
    expect(sent[0]).toMatchObject({
      method: 'PUT',
      url: '/api/moderation/entries/7/translations/ar',
      body: { title: 'نادي السلام', summary: 'يحل الأطفال الخلافات دون عنف.' },
    });
  });
});
