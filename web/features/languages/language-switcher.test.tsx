import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { loadMessages, locale, mapCorner, setLocale, t } from '../../i18n/i18n.ts';
import { LanguageSwitcher } from './language-switcher.tsx';

afterEach(async () => {
  await setLocale('en');
  window.history.replaceState(null, '', '/');
  document.cookie = 'lang=; path=/; max-age=0';
});

describe('language switcher', () => {
  it('offers each language by its own name, linking to the same view', () => {
    window.history.replaceState(null, '', '/initiatives/river-club?theme=climate');
    render(<LanguageSwitcher />);
    const list = screen.getByRole('list', { name: 'Language' });
    const french = within(list).getByRole('link', { name: 'Français' });
    expect(french).toHaveAttribute('href', '/fr/initiatives/river-club?theme=climate');
    expect(french).toHaveAttribute('lang', 'fr');
    expect(within(list).getByRole('link', { name: 'العربية' })).toHaveAttribute('dir', 'rtl');
    expect(within(list).getByRole('link', { name: 'English' })).toHaveAttribute(
      'aria-current',
      'true',
    );
  });

  it('switches in place and saves the choice', async () => {
    window.history.replaceState(null, '', '/about?x=1');
    await loadMessages('core');
    render(<LanguageSwitcher />);
    await userEvent.click(screen.getByText('English', { selector: 'summary span' }));
    await userEvent.click(screen.getByRole('link', { name: 'Русский' }));
    await waitFor(() =>
      expect(window.location.pathname + window.location.search).toBe('/ru/about?x=1'),
    );
    expect(document.cookie).toContain('lang=ru');
  });
});

describe('message loader', () => {
  it('loads a language on demand, with its plural rules and number format', async () => {
    await loadMessages('core', 'ru');
    await setLocale('ru');
    expect(locale()).toBe('ru');
    expect(document.documentElement.lang).toBe('ru');
    // Russian "few" form, and 1 234 written the Russian way.
    expect(t('map.headline', { count: 3, countries: 1234 })).toMatch(/^3 .* 1\s234/);
    expect(mapCorner('top', 'end')).toBe('top-right');
    await setLocale('ar');
    expect(document.documentElement.dir).toBe('rtl');
    // The map's controls swap sides in a right-to-left language.
    expect(mapCorner('top', 'end')).toBe('top-left');
  });
});
