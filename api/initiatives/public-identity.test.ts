import { describe, expect, it } from 'vitest';
import { insertInitiative } from '../../tests/helpers/factories.ts';
import { testDb } from '../../tests/helpers/test-db.ts';
import { createApp } from '../app.ts';

/**
 * Public responses must not let anyone notice entries that are not published: not through
 * conditional requests, ETags, ids or slugs.
 */

function setup() {
  const db = testDb();
  insertInitiative(db, { slug: 'kenya-peace-club', title: 'Peace club', country: 'KE' });
  insertInitiative(db, { slug: 'hidden-pending', title: 'Hidden', status: 'pending' });
  const app = createApp({ db, env: { LOG_LEVEL: 'silent' } });
  return { db, app };
}

describe('If-None-Match: *', () => {
  it('answers 304 only for an initiative that exists, and 404 for any other slug', async () => {
    const { app } = setup();
    const star = { headers: { 'If-None-Match': '*' } };
    expect((await app.request('/api/initiatives/kenya-peace-club', star)).status).toBe(304);
    expect((await app.request('/api/initiatives/no-such-entry', star)).status).toBe(404);
    expect((await app.request('/api/initiatives/hidden-pending', star)).status).toBe(404);
    expect((await app.request('/api/initiatives?theme=nope', star)).status).toBe(400);
    expect((await app.request('/api/initiatives', star)).status).toBe(304);
  });
});
