import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale, t } from './i18n.ts';
import { tNodes } from './t-nodes.tsx';

/**
 * Messages a translator can translate: whole sentences, real plurals, the language's own
 * punctuation, no English words filled in by code.
 */
afterEach(() => setLocale('en'));

describe('messages built whole', () => {
  it('counts erased records with real plurals, in each language', async () => {
    const erased = (history: number, fields: number, contact: string) =>
      t('personalData.erased', { contact, history, fields });
    expect(erased(1, 1, 'deleted')).toBe(
      'Personal data erased: the contact email was deleted; 1 history record and 1 field of the entry changed.',
    );
    expect(erased(3, 2, 'none')).toBe(
      'Personal data erased: there was no contact email to delete; 3 history records and 2 fields of the entry changed.',
    );
    await setLocale('ru');
    expect(erased(5, 2, 'deleted')).toBe(
      'Персональные данные удалены. Контактный адрес удалён. Изменено: 5 записей истории и 2 поля записи.',
    );
    await setLocale('ar');
    expect(erased(2, 1, 'none')).toContain('سجلّا تاريخ');
  });

  it('says what a flagged detail looks like in one sentence per kind', async () => {
    expect(t('safeguarding.item.name', { field: 'Summary', match: 'Amy' })).toBe(
      'In “Summary”, “Amy” looks like a person’s name.',
    );
    await setLocale('fr');
    // (French spaces inside its quotation marks are no-break ones.)
    expect(t('safeguarding.item.name', { field: 'Résumé', match: 'Amy' })).toMatch(
      /^Dans «\sRésumé\s», «\sAmy\s» ressemble au nom d’une personne\.$/u,
    );
  });

  it('puts punctuation in the message: Chinese uses its own', async () => {
    expect(t('map.approximate')).toBe('(place approximate)');
    expect(t('map.source')).toBe('Source:');
    expect(t('submit.counterWithMin', { count: 3, max: 300, min: 20 })).toBe(
      '3 of 300 characters (at least 20)',
    );
    expect(t('staff.statusChange', { from: 'Pending', to: 'Published' })).not.toMatch(/[→←]/);
    await setLocale('zh');
    expect(t('map.approximate')).toBe('（大致地点）');
    expect(t('map.source')).toBe('来源：');
    expect(t('submit.counterWithMin', { count: 3, max: 300, min: 20 })).toBe('3/300字（至少20字）');
  });

  it('keeps elements inside a translated message, in its order', async () => {
    await setLocale('zh');
    render(
      <p data-testid="note">
        {tNodes('staff.quoteByNote', { label: '说话人' }, { quoteBy: <mark>小组</mark> })}
      </p>,
    );
    expect(screen.getByTestId('note').innerHTML).toBe('（说话人：<mark>小组</mark>）');
  });
});
