import { describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { as, makeStaff, signIn } from '../auth/auth.test-helpers.ts';
import { insertInitiative } from '../../tests/helpers/factories.ts';
import { testDb } from '../../tests/helpers/test-db.ts';
import { loadEnv } from '../env.ts';
import { createLogger } from './logger.ts';

type Line = Record<string, unknown>;

/** The app with its JSON log captured line by line, as a log collector would read it. */
function loggedApp(level: 'info' | 'debug' = 'info') {
  const raw: string[] = [];
  const logger = createLogger(level, { write: (s: string) => void raw.push(s) });
  const db = testDb();
  const app = createApp({ db, logger });
  const lines = () => raw.map((s) => JSON.parse(s) as Line);
  return { app, db, raw, lines };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('request log', () => {
  it('writes one JSON line per request with the id the response carries', async () => {
    const { app, db, lines } = loggedApp();
    const { slug } = insertInitiative(db);
    const res = await app.request(`/api/initiatives/${slug}?lang=en`);
    expect(res.status).toBe(200);
    const id = res.headers.get('X-Request-Id');
    expect(id).toMatch(UUID);
    const requests = lines().filter((l) => l.msg === 'request');
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({
      level: 'info',
      requestId: id,
      method: 'GET',
      route: '/api/initiatives/:slug',
      status: 200,
      client: 'local',
    });
    expect(typeof requests[0]!.durationMs).toBe('number');
    expect(Date.parse(String(requests[0]!.time))).not.toBeNaN();
  });

  it('keeps a request id set by the proxy in front, and refuses a malformed one', async () => {
    const { app } = loggedApp();
    const ok = await app.request('/api/health', { headers: { 'X-Request-Id': 'edge-42' } });
    expect(ok.headers.get('X-Request-Id')).toBe('edge-42');
    const bad = await app.request('/api/health', {
      headers: { 'X-Request-Id': 'x" {"level":"fatal"}' },
    });
    expect(bad.headers.get('X-Request-Id')).toMatch(UUID);
  });

  it('puts the request id in every problem+json answer', async () => {
    const { app, lines } = loggedApp();
    const res = await app.request('/api/nothing-here');
    expect(res.status).toBe(404);
    const body = (await res.json()) as { requestId: string };
    expect(body.requestId).toBe(res.headers.get('X-Request-Id'));
    expect(lines().at(-1)).toMatchObject({ requestId: body.requestId, status: 404 });
  });

  it('never logs a body, a cookie, a query string or a contact detail', async () => {
    const { app, raw } = loggedApp('debug');
    await app.request('/api/submissions', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: 'pm_session=secret-cookie-value' },
      body: JSON.stringify({ title: 'Call Ana', contactEmail: 'ana.private@example.org' }),
    });
    await app.request('/api/initiatives?q=ana.private%40example.org');
    const text = raw.join('');
    expect(text).toContain('"route":"/api/submissions"');
    for (const secret of ['secret-cookie-value', 'ana.private', 'Call Ana', 'q=']) {
      expect(text).not.toContain(secret);
    }
  });

  it('logs staff decisions at info with the staff id and the entry', async () => {
    const { app, db, lines } = loggedApp();
    const staff = await makeStaff(db, 'moderator', 'log-mod@example.org');
    const session = await signIn(app, 'log-mod@example.org');
    const entry = insertInitiative(db, { status: 'pending', origin: 'submission' });
    const res = await as(app, session).post(`/api/moderation/entries/${entry.id}/publish`, {
      version: 1,
    });
    expect(res.status, await res.clone().text()).toBe(200);
    expect(lines()).toContainEqual(
      expect.objectContaining({
        level: 'info',
        msg: 'staff decision',
        staffId: staff.id,
        action: 'POST /api/moderation/entries/:id/publish',
        entryId: entry.id,
        requestId: res.headers.get('X-Request-Id'),
      }),
    );
    expect(JSON.stringify(lines())).not.toContain('log-mod@example.org');
  });

  it('LOG_LEVEL takes debug and warn as well as silent, error and info', () => {
    for (const level of ['silent', 'error', 'warn', 'info', 'debug'] as const) {
      expect(loadEnv({ LOG_LEVEL: level }).LOG_LEVEL).toBe(level);
    }
  });
});
