import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from './i18n.ts';
import { localiseProblemText } from './problems.ts';

afterEach(() => setLocale('en'));

const SERVER =
  'This entry is archived, so it cannot be published. It can be published only when pending or rejected.';

describe('a wrong-status answer from the server', () => {
  it('names statuses and the decision in the interface language, not in English', async () => {
    await setLocale('fr');
    const fr = localiseProblemText(SERVER);
    expect(fr).toContain('Archivée');
    expect(fr).toContain('Publier');
    expect(fr).toMatch(/En attente ou Rejetée/);
    expect(fr).not.toMatch(/archived|published|pending|rejected/);

    await setLocale('zh');
    const zh = localiseProblemText(SERVER);
    expect(zh).not.toMatch(/[a-z]{4,}/);
  });

  it('keeps the server’s sentence in English', () => {
    expect(localiseProblemText(SERVER)).toBe(SERVER);
  });
});
