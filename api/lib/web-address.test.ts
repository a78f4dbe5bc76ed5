import { describe, expect, it } from 'vitest';
import { insertInitiative } from '../../tests/helpers/factories.ts';
import { testAppWithStaff } from '../../tests/helpers/test-app.ts';
import { as } from '../auth/auth.test-helpers.ts';
import type { ImportReport } from '../../contract/moderation.ts';
import { isWebAddress } from '../../contract/web-address.ts';

/** Links with credentials or a user name in them (`https://user:pass@host`): never accepted. */
const WITH_CREDENTIALS = [
  'https://user:pass@example.org/club',
  'https://user@example.org/club',
  'http://:secret@example.org',
  'https://example.org@evil.example/login',
];

describe('one rule for every web address a person gives', () => {
  it('takes plain http(s) addresses and refuses credentials, other schemes and spaces', () => {
    expect(isWebAddress('https://example.org/green-kids?a=1#top')).toBe(true);
    expect(isWebAddress('http://www.example.org')).toBe(true);
    for (const url of WITH_CREDENTIALS) expect(isWebAddress(url), url).toBe(false);
    for (const url of ['ftp://example.org', 'javascript:alert(1)', 'https://exa mple.org'])
      expect(isWebAddress(url), url).toBe(false);
    expect(isWebAddress('https://localhost/x')).toBe(false);
  });

  it('is applied to a submission, a staff edit and an import', async () => {
    const { app, db, mod, admin } = await testAppWithStaff();
    for (const link of WITH_CREDENTIALS) {
      const res = await app.request('/api/submissions', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          title: 'Green Kids Club',
          summary: 'We plant trees around our school and ask the council for greener streets.',
          country: 'KE',
          themes: ['climate'],
          actions: ['awareness'],
          ageRange: '10-14',
          groupSize: '6-20',
          childLed: 'child-led',
          consent: true,
          startedAt: Date.now() - 60_000,
          link,
        }),
      });
      expect(res.status, link).toBe(400);
      expect(Object.keys(((await res.json()) as { errors: object }).errors)).toEqual(['link']);
    }

    const { id } = insertInitiative(db, { status: 'pending' });
    for (const field of ['link', 'sourceUrl']) {
      const res = await as(app, mod).patch(`/api/moderation/entries/${id}`, {
        version: 1,
        [field]: 'https://user:pass@example.org/x',
      });
      expect(res.status, field).toBe(400);
      expect(Object.keys(((await res.json()) as { errors: object }).errors)).toEqual([field]);
    }

    const record = {
      slug: 'radio-club',
      title: 'Radio club',
      country: 'GH',
      themes: ['online-safety'],
      actions: ['awareness'],
      summary:
        'Young reporters in a coastal town run a weekly radio show about staying safe online, interview local leaders about cyberbullying and train younger pupils to report abuse.',
      source_url: 'https://user:pass@example.org/radio',
      source_title: 'Annual report',
    };
    const res = await as(app, admin).post(
      '/api/moderation/import?dryRun=true',
      JSON.stringify(record),
      { 'Content-Type': 'application/jsonl' },
    );
    const report = (await res.json()) as ImportReport;
    expect(report.rows).toHaveLength(1);
    expect(report.rows[0]).toMatchObject({ action: 'invalid' });
    expect(report.rows[0]?.problems.join(' ')).toMatch(/source_url/);
  });
});
