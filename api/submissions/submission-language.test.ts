import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { initiatives } from '../../db/schema.ts';
import { submissionBody } from '../../tests/helpers/submission-body.ts';
import { testApp } from '../../tests/helpers/test-app.ts';
import { textLanguage } from './submissions.service.ts';

describe('a submission keeps the language it was written in', () => {
  it.each([
    ['ar', 'ar'],
    ['fr-CA', 'fr'],
    ['zh-Hans', 'zh'],
    ['pt-BR', 'pt-br'],
    ['und', 'und'],
    [null, 'und'],
  ])('%j is stored as %j', (tag, stored) => {
    expect(textLanguage(tag)).toBe(stored);
  });

  it('stores the language with the entry, for the public and for translations', async () => {
    const { app, db } = testApp({ start: Date.now() });
    const res = await app.request('/api/submissions', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(
        submissionBody({
          title: 'نادي السلام',
          summary: 'نحن أطفال نلتقي كل أسبوع في مدرستنا لنتحدث عن السلام وحل الخلافات بلا عنف.',
          language: 'ar',
        }),
      ),
    });
    expect(res.status, await res.clone().text()).toBe(201);
    const { reference } = (await res.json()) as { reference: string };
    const row = db.select().from(initiatives).where(eq(initiatives.reference, reference)).get();
    expect(row?.language).toBe('ar');
  });
});
