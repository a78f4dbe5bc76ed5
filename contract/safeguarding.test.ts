import { describe, expect, it } from 'vitest';
import { detect, safeguardingFlags } from './safeguarding.ts';

const kinds = (text: string) => detect(text).map((f) => [f.kind, f.match]);

describe('safeguarding: email addresses', () => {
  it.each([
    ['Write to amina.k@example.org for help', 'amina.k@example.org'],
    ['contact: club+news@school.co.ke.', 'club+news@school.co.ke'],
    ['écrivez à léa@exemple.fr', 'léa@exemple.fr'],
  ])('flags %j', (text, match) => {
    expect(kinds(text)).toContainEqual(['email', match]);
  });

  it('flags an email spelled out to dodge filters', () => {
    expect(detect('write to amina at gmail dot com').map((f) => f.kind)).toContain('email');
    expect(detect('amina [at] school [dot] org').map((f) => f.kind)).toContain('email');
  });

  it('does not flag a plain @handle or the word "at"', () => {
    expect(detect('Follow @greenkids. We meet at school at noon.')).toEqual([]);
  });
});

describe('safeguarding: phone numbers', () => {
  it.each([
    ['Call +254 712 345 678 any time', '+254 712 345 678'],
    ['Ring 0712345678', '0712345678'],
    ['Phone (020) 123-4567 after school', '(020) 123-4567'],
    ['WhatsApp 0044 7700 900123', '0044 7700 900123'],
    ['اتصل ٠٧١٢٣٤٥٦٧٨', '٠٧١٢٣٤٥٦٧٨'],
  ])('flags %j', (text, match) => {
    expect(kinds(text)).toContainEqual(['phone', match]);
  });

  it.each([
    'We started in 2019 and grew until 2023.',
    'From 2019-2023 we met every week.',
    'On 12/03/2021 we planted 1,500 trees with 250 children.',
    'Years: 2018 2019 2020 2021',
    'We reached 10.000 people',
    'Our video: https://example.org/videos/123456789/watch',
  ])('does not flag %j', (text) => {
    expect(detect(text).filter((f) => f.kind === 'phone')).toEqual([]);
  });

  it('flags a chat link that is a phone number', () => {
    expect(safeguardingFlags({ link: 'https://wa.me/254712345678' })).toEqual([
      { field: 'link', kind: 'phone', match: '254712345678' },
    ]);
  });
});

describe('safeguarding: street addresses', () => {
  it.each([
    ['We meet at 12 Ngong Road every Friday', '12 Ngong Road'],
    ['at 221B Baker Street', '221B Baker Street'],
    ['rue de la Paix 15, Paris', 'rue de la Paix 15'],
    ['Calle Mayor 3', 'Calle Mayor 3'],
    ['Write to P.O. Box 4567', 'P.O. Box 4567'],
    ['She lives in house 24 near the market', 'house 24'],
  ])('flags %j', (text, match) => {
    expect(kinds(text)).toContainEqual(['address', match]);
  });

  it('does not flag numbers of people or streets in general', () => {
    expect(
      detect('20 children cleaned the streets and 3 roads near the school.').filter(
        (f) => f.kind === 'address',
      ),
    ).toEqual([]);
  });
});

describe('safeguarding: full names', () => {
  it.each([
    ['My name is Amina Otieno and I am 12', 'Amina Otieno'],
    ['The club was founded by Juan Pérez', 'Juan Pérez'],
    ['Our teacher Mrs Wanjiru helps us', 'Mrs Wanjiru'],
    ['Fatima Zahra and friends made posters', 'Fatima Zahra'],
    ["Je m'appelle Léa Martin", 'Léa Martin'],
    // A capitalised word before the given name does not hide it.
    ['Call Amina Otieno on Monday', 'Amina Otieno'],
    ['Ask Coach Maria Lopez about it', 'Maria Lopez'],
  ])('flags %j', (text, match) => {
    expect(kinds(text)).toContainEqual(['name', match]);
  });

  it('does not flag group names, places or sentence starts', () => {
    expect(
      detect(
        'Green Future Club meets in Nairobi. Young Voices Kenya talk to the County Assembly.',
      ).filter((f) => f.kind === 'name'),
    ).toEqual([]);
  });
});

describe('safeguardingFlags', () => {
  it('names the field, the kind and the matched text, for every text field', () => {
    expect(
      safeguardingFlags({
        title: 'Amina Otieno’s club',
        summary: 'Call 0712 345 678 or write to a@b.org',
        locality: '12 Ngong Road',
        organization: null,
      }),
    ).toEqual([
      { field: 'title', kind: 'name', match: 'Amina Otieno' },
      { field: 'summary', kind: 'phone', match: '0712 345 678' },
      { field: 'summary', kind: 'email', match: 'a@b.org' },
      { field: 'locality', kind: 'address', match: '12 Ngong Road' },
    ]);
  });

  it('is empty for a safe entry, including emoji and right-to-left text', () => {
    expect(
      safeguardingFlags({
        title: 'نادي الأطفال الأخضر 🌱',
        summary: 'نزرع الأشجار في مدرستنا ونتحدث مع المجلس المحلي عن الشوارع الآمنة 🌍',
        link: 'https://example.org/green-club',
      }),
    ).toEqual([]);
  });

  it('returns nothing for empty fields', () => {
    expect(safeguardingFlags({})).toEqual([]);
  });
});
