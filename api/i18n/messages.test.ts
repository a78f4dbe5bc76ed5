import { describe, expect, it } from 'vitest';
import { enabledLanguages, translate, translator } from './messages.ts';

describe('server messages', () => {
  it('come from the same catalogue as the web app, English first', () => {
    expect(enabledLanguages()[0]).toBe('en');
    expect(translate('en', 'common.appName')).toBe('Participation Map');
  });

  it('choose the plural form and write numbers the language’s way', () => {
    const t = translator('en');
    expect(t('map.headline', { count: 1, countries: 1 })).toBe('1 initiative in 1 countries');
    expect(t('map.headline', { count: 12345, countries: 1200 })).toBe(
      '12,345 initiatives in 1,200 countries',
    );
  });

  it('show the key when no catalogue has it', () => {
    expect(translate('en', 'map.noSuchKey')).toBe('map.noSuchKey');
  });
});
