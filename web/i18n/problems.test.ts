import MessageFormat from '@messageformat/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, request } from '../lib/api-client.ts';
import { addMessages, setLocale } from './i18n.ts';
import { localiseProblemText } from './problems.ts';

const problem = (status: number, body: Record<string, unknown>) =>
  vi.fn(
    async () =>
      new Response(JSON.stringify({ status, ...body }), {
        status,
        headers: { 'Content-Type': 'application/problem+json' },
      }),
  );

async function failure(): Promise<ApiError> {
  try {
    await request('/moderation/entries/3');
  } catch (e) {
    if (e instanceof ApiError) return e;
    throw e;
  }
  throw new Error('the request did not fail');
}

afterEach(async () => {
  await setLocale('en');
  vi.unstubAllGlobals();
});

describe('messages from the server', () => {
  it('read in English exactly as the server wrote them', () => {
    for (const text of [
      'The email or password is not right. Check both and try again.',
      'Import at most 5000 records at a time.',
      'Someone else changed this entry after you opened it (you edited version 3; it is now version 4). Your changes were not saved. Reload the entry to see the latest version, then make your changes again.',
      'This entry is archived, so it cannot be published. It can be published only when pending or rejected.',
      'Please check: title, summary.',
      'A message the web app has never seen.',
    ]) {
      expect(localiseProblemText(text)).toBe(text);
    }
  });

  it('are translated with the rest of the interface, the server’s text the fallback', async () => {
    const french = new MessageFormat('fr');
    const problems = Object.fromEntries(
      Object.entries({
        'title.editConflict': 'Conflit de modification',
        editConflict:
          'Quelqu’un a modifié cette fiche (votre version {mine}, version actuelle {theirs}).',
        emailTakenField: 'Un compte existe déjà avec cet e-mail',
      }).map(([key, text]) => [key, french.compile(text)]),
    );
    // A partial French catalogue, in place of the real one: what it lacks falls back.
    await setLocale('fr');
    addMessages('fr', { default: { problems }, selectors: [] });
    vi.stubGlobal(
      'fetch',
      problem(409, {
        title: 'Edit conflict',
        detail:
          'Someone else changed this entry after you opened it (you edited version 1200; it is now version 1201). Your changes were not saved. Reload the entry to see the latest version, then make your changes again.',
        errors: { email: ['A staff account with this email already exists'] },
      }),
    );
    const e = await failure();
    expect(e.title).toBe('Conflit de modification');
    expect(e.detail).toBe(
      'Quelqu’un a modifié cette fiche (votre version 1200, version actuelle 1201).',
    );
    expect(e.errors).toEqual({ email: ['Un compte existe déjà avec cet e-mail'] });
    expect(e.serverTitle).toBe('Edit conflict');

    // Not translated yet, or not known: the server's own words, never a bare key.
    vi.stubGlobal(
      'fetch',
      problem(403, { title: 'Not allowed', detail: 'Only an administrator can do this.' }),
    );
    expect((await failure()).detail).toBe('Only an administrator can do this.');
    vi.stubGlobal('fetch', problem(400, { title: 'Invalid request', detail: 'Something new.' }));
    expect((await failure()).detail).toBe('Something new.');
  });
});
