import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { auditLog, loginAttempts, staffSessions, staffUsers } from '../../db/schema.ts';
import { testDb } from '../../tests/helpers/test-db.ts';
import { createApp } from '../app.ts';
import type { Db } from '../../db/client.ts';
import { PAIR_LIMIT } from './sign-in-throttle.ts';
import {
  as,
  authApp,
  makeStaff,
  ORIGIN,
  PASSWORD,
  signIn,
  type App,
  type Clock,
} from './auth.test-helpers.ts';
import type * as passwordModule from './password.ts';
import { passwordProblems, verifyPassword } from './password.ts';

// Count argon2id verifications (the real function still runs) to prove an unknown email
// costs the same work as a wrong password, without a timing assertion that load can break.
vi.mock('./password.ts', async (importOriginal) => {
  const real = await importOriginal<typeof passwordModule>();
  return { ...real, verifyPassword: vi.fn(real.verifyPassword) };
});
import { ABSOLUTE_TIMEOUT_MS, IDLE_TIMEOUT_MS, sha256 } from './session.ts';

let db: Db, app: App, time: Clock;
beforeEach(() => {
  ({ db, app, time } = authApp(testDb()));
});

const login = (email: string, password: string, headers: Record<string, string> = {}) =>
  app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: ORIGIN, ...headers },
    body: JSON.stringify({ email, password }),
  });

describe('sign-in', () => {
  it('signs in with the right password and sets a safe session cookie', async () => {
    const user = await makeStaff(db, 'admin', 'amina@example.org');
    const res = await login('Amina@Example.org', PASSWORD);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { user: { email: string; role: string }; csrfToken: string };
    expect(body.user).toMatchObject({ email: 'amina@example.org', role: 'admin' });
    expect(body.csrfToken.length).toBeGreaterThan(30);
    const cookie = res.headers.get('Set-Cookie') ?? '';
    expect(cookie).toMatch(/^pm_staff=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).not.toMatch(/Secure/); // plain http in tests

    // Only a hash of the token is stored.
    const token = cookie.split(';')[0]!.split('=')[1]!;
    const stored = db.select().from(staffSessions).all();
    expect(stored).toHaveLength(1);
    expect(stored[0]!.idHash).toBe(sha256(token));
    expect(JSON.stringify(stored)).not.toContain(token);

    const audit = db.select().from(auditLog).where(eq(auditLog.action, 'login')).all();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: user.id, actorEmail: 'amina@example.org' });
  });

  it('uses a Secure __Host- cookie when served over HTTPS', async () => {
    const secure = createApp({ db, now: time.now, env: { PUBLIC_URL: 'https://map.example.org' } });
    await makeStaff(db, 'moderator', 'secure@example.org');
    const res = await secure.request('https://map.example.org/api/auth/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: 'https://map.example.org' },
      body: JSON.stringify({ email: 'secure@example.org', password: PASSWORD }),
    });
    expect(res.status).toBe(200);
    const cookie = res.headers.get('Set-Cookie') ?? '';
    expect(cookie).toMatch(/^__Host-pm_staff=/);
    expect(cookie).toMatch(/Secure/);
  });

  /** A problem+json body without its requestId, which is new for every request by design. */
  async function answerOf(res: Response): Promise<Record<string, unknown>> {
    const { requestId, ...answer } = (await res.json()) as Record<string, unknown>;
    expect(requestId).toBe(res.headers.get('X-Request-Id'));
    return answer;
  }

  it('gives the same answer for a wrong password and an unknown email, and records both', async () => {
    await makeStaff(db, 'moderator', 'known@example.org');
    const wrong = await login('known@example.org', 'not the right password');
    const unknown = await login('nobody@example.org', 'not the right password');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(await answerOf(wrong)).toEqual(await answerOf(unknown));
    expect(wrong.headers.get('Content-Type')).toMatch(/problem\+json/);
    expect(wrong.headers.get('Set-Cookie')).toBeNull();
    const failed = db.select().from(auditLog).where(eq(auditLog.action, 'login-failed')).all();
    expect(failed.map((f) => f.actorEmail).sort()).toEqual([
      'known@example.org',
      'nobody@example.org',
    ]);
  });

  it('does the same argon2id work for an unknown email as for a wrong password', async () => {
    await makeStaff(db, 'moderator', 'timing@example.org');
    const verify = vi.mocked(verifyPassword);
    verify.mockClear();
    const known = await login('timing@example.org', 'wrong password here');
    expect(verify).toHaveBeenCalledTimes(1);
    const unknown = await login('nobody-else@example.org', 'wrong password here');
    // Without this second verification the unknown email would answer in ~1 ms.
    expect(verify).toHaveBeenCalledTimes(2);
    expect(unknown.status).toBe(known.status);
    expect(await answerOf(unknown)).toEqual(await answerOf(known));
  });

  it('refuses a disabled account with the same answer', async () => {
    const user = await makeStaff(db, 'moderator', 'gone@example.org');
    db.update(staffUsers).set({ disabled: true }).where(eq(staffUsers.id, user.id)).run();
    const res = await login('gone@example.org', PASSWORD);
    expect(res.status).toBe(401);
    expect(((await res.json()) as { detail: string }).detail).toMatch(/email or password/);
  });

  it('slows and then limits repeated failures with 429 and Retry-After, even for the right password', async () => {
    await makeStaff(db, 'moderator', 'target@example.org');
    for (let i = 0; i < PAIR_LIMIT.limit; i++) {
      expect((await login('target@example.org', `guess number ${i}`)).status).toBe(401);
    }
    const started = performance.now();
    const locked = await login('target@example.org', PASSWORD);
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('Retry-After'))).toBeGreaterThan(0);
    expect(Number(locked.headers.get('Retry-After'))).toBeLessThanOrEqual(15 * 60);
    expect(performance.now() - started).toBeLessThan(1000);
    // An unknown email is limited just the same (no hint that it does not exist).
    for (let i = 0; i < PAIR_LIMIT.limit; i++) await login('ghost@example.org', `g${i}`);
    expect((await login('ghost@example.org', 'again')).status).toBe(429);
    expect(
      db.select().from(auditLog).where(eq(auditLog.action, 'login-refused')).all().length,
    ).toBe(2);

    // When the window has passed, the right password works again and clears the count.
    time.advance(16 * 60 * 1000);
    expect((await login('target@example.org', PASSWORD)).status).toBe(200);
    expect(
      db.select().from(loginAttempts).where(eq(loginAttempts.email, 'target@example.org')).all(),
    ).toHaveLength(0);
  }, 20_000);

  it('rejects a sign-in posted from another site', async () => {
    await makeStaff(db, 'moderator', 'csrf@example.org');
    const res = await login('csrf@example.org', PASSWORD, { Origin: 'https://evil.example' });
    expect(res.status).toBe(403);
  });

  it('answers 400 naming the field for a malformed body', async () => {
    const res = await app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: ORIGIN },
      body: JSON.stringify({ email: 'a@b.org' }),
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { errors: Record<string, string[]> }).errors).toHaveProperty(
      'password',
    );
  });
});

/** What the workspace asks on opening: is this browser's session still signed in? */
async function isSignedIn(s: Parameters<typeof as>[1]): Promise<boolean> {
  const res = await as(app, s).get('/api/auth/me');
  expect(res.status).toBe(200);
  return ((await res.json()) as { signedIn: boolean }).signedIn;
}

describe('sessions', () => {
  it('GET /api/auth/me says "not signed in" without a session (not an error), and the user with one', async () => {
    const none = await app.request('/api/auth/me');
    expect(none.status).toBe(200);
    expect(none.headers.get('Cache-Control')).toBe('no-store');
    expect(await none.json()).toEqual({ signedIn: false });
    await makeStaff(db, 'moderator', 'me@example.org');
    const s = await signIn(app, 'me@example.org');
    const res = await as(app, s).get('/api/auth/me');
    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    expect(await res.json()).toMatchObject({
      signedIn: true,
      user: { email: 'me@example.org' },
      csrfToken: s.csrf,
    });
  });

  it('ends after the idle timeout, but activity keeps it alive', async () => {
    await makeStaff(db, 'moderator', 'idle@example.org');
    const s = await signIn(app, 'idle@example.org');
    time.advance(IDLE_TIMEOUT_MS - 60_000);
    expect((await as(app, s).get('/api/moderation/entries')).status).toBe(200);
    time.advance(IDLE_TIMEOUT_MS - 60_000);
    expect((await as(app, s).get('/api/moderation/entries')).status).toBe(200);
    time.advance(IDLE_TIMEOUT_MS + 1);
    expect((await as(app, s).get('/api/moderation/entries')).status).toBe(401);
    expect(db.select().from(staffSessions).all()).toHaveLength(0);
  });

  it('ends at the absolute timeout however active', async () => {
    await makeStaff(db, 'moderator', 'long@example.org');
    const s = await signIn(app, 'long@example.org');
    for (let t = 0; t < ABSOLUTE_TIMEOUT_MS - 20 * 60_000; t += 20 * 60_000) {
      time.advance(20 * 60_000);
      expect(await isSignedIn(s)).toBe(true);
    }
    time.advance(21 * 60_000);
    expect(await isSignedIn(s)).toBe(false);
  });

  it('logout revokes the session and clears the cookie', async () => {
    await makeStaff(db, 'moderator', 'bye@example.org');
    const s = await signIn(app, 'bye@example.org');
    const res = await as(app, s).post('/api/auth/logout');
    expect(res.status).toBe(204);
    expect(res.headers.get('Set-Cookie')).toMatch(/pm_staff=;.*Max-Age=0/);
    expect(await isSignedIn(s)).toBe(false);
    expect(db.select().from(auditLog).where(eq(auditLog.action, 'logout')).all()).toHaveLength(1);
  });

  it('logout needs the CSRF token', async () => {
    await makeStaff(db, 'moderator', 'stay@example.org');
    const s = await signIn(app, 'stay@example.org');
    const res = await as(app, { ...s, csrf: 'forged' }).post('/api/auth/logout');
    expect(res.status).toBe(403);
    expect(await isSignedIn(s)).toBe(true);
  });

  it('a tampered cookie is no session', async () => {
    await makeStaff(db, 'moderator', 'tamper@example.org');
    const s = await signIn(app, 'tamper@example.org');
    expect(await isSignedIn({ ...s, cookie: `${s.cookie}x` })).toBe(false);
  });
});

describe('staff accounts (admin)', () => {
  it('an admin adds a moderator, who can then sign in', async () => {
    await makeStaff(db, 'admin', 'boss@example.org');
    const admin = as(app, await signIn(app, 'boss@example.org'));
    const res = await admin.post('/api/auth/staff', {
      email: 'New@Example.org',
      role: 'moderator',
      password: 'gentle river compass 2031 orange',
    });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ email: 'new@example.org', role: 'moderator' });
    expect(JSON.stringify(await (await admin.get('/api/auth/staff')).json())).not.toMatch(
      /passwordHash|argon2/,
    );
    await signIn(app, 'new@example.org', 'gentle river compass 2031 orange');
    const stored = db
      .select()
      .from(staffUsers)
      .where(eq(staffUsers.email, 'new@example.org'))
      .get();
    expect(stored?.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it('refuses short and common passwords, naming the field', async () => {
    await makeStaff(db, 'admin', 'boss2@example.org');
    const admin = as(app, await signIn(app, 'boss2@example.org'));
    for (const password of ['short', 'password1234', 'qwertyuiop123', 'newperson@example.org1']) {
      const res = await admin.post('/api/auth/staff', {
        email: 'newperson@example.org',
        role: 'moderator',
        password,
      });
      expect(res.status, password).toBe(400);
      expect(((await res.json()) as { errors: Record<string, unknown> }).errors).toHaveProperty(
        'password',
      );
    }
  });

  it('a duplicate email gets 409', async () => {
    await makeStaff(db, 'admin', 'boss3@example.org');
    const admin = as(app, await signIn(app, 'boss3@example.org'));
    const res = await admin.post('/api/auth/staff', {
      email: 'boss3@example.org',
      role: 'moderator',
      password: 'gentle river compass 2031 orange',
    });
    expect(res.status).toBe(409);
  });

  it('the same email added twice at once gets one account and one 409', async () => {
    await makeStaff(db, 'admin', 'boss7@example.org');
    const admin = as(app, await signIn(app, 'boss7@example.org'));
    const add = () =>
      admin.post('/api/auth/staff', {
        email: 'twice@example.org',
        role: 'moderator',
        password: 'gentle river compass 2031 orange',
      });
    const answers = await Promise.all([add(), add(), add()]);
    expect(answers.map((r) => r.status).sort()).toEqual([201, 409, 409]);
    for (const r of answers) expect(r.headers.get('Content-Type')).toMatch(/json/);
    expect(
      db.select().from(staffUsers).where(eq(staffUsers.email, 'twice@example.org')).all(),
    ).toHaveLength(1);
  });

  it('disabling an account ends its sessions at once', async () => {
    await makeStaff(db, 'admin', 'boss4@example.org');
    const mod = await makeStaff(db, 'moderator', 'mod4@example.org');
    const admin = as(app, await signIn(app, 'boss4@example.org'));
    const modSession = await signIn(app, 'mod4@example.org');
    expect((await as(app, modSession).get('/api/moderation/entries')).status).toBe(200);
    const res = await admin.patch(`/api/auth/staff/${mod.id}`, { disabled: true });
    expect(res.status).toBe(200);
    expect((await as(app, modSession).get('/api/moderation/entries')).status).toBe(401);
    expect((await login('mod4@example.org', PASSWORD)).status).toBe(401);
    const record = db.select().from(auditLog).where(eq(auditLog.action, 'staff-disable')).get();
    expect(record?.detail).toMatchObject({ changes: { disabled: { before: false, after: true } } });
  });

  it('a password reset ends the old sessions and the new password works', async () => {
    await makeStaff(db, 'admin', 'boss5@example.org');
    const mod = await makeStaff(db, 'moderator', 'mod5@example.org');
    const admin = as(app, await signIn(app, 'boss5@example.org'));
    const old = await signIn(app, 'mod5@example.org');
    const res = await admin.post(`/api/auth/staff/${mod.id}/password`, {
      password: 'amber tunnel whistle 88 meadow',
    });
    expect(res.status).toBe(200);
    expect(await isSignedIn(old)).toBe(false);
    expect((await login('mod5@example.org', PASSWORD)).status).toBe(401);
    await signIn(app, 'mod5@example.org', 'amber tunnel whistle 88 meadow');
  });

  it('the last active admin cannot be demoted or disabled', async () => {
    const boss = await makeStaff(db, 'admin', 'only@example.org');
    const admin = as(app, await signIn(app, 'only@example.org'));
    expect((await admin.patch(`/api/auth/staff/${boss.id}`, { role: 'moderator' })).status).toBe(
      409,
    );
    expect((await admin.patch(`/api/auth/staff/${boss.id}`, { disabled: true })).status).toBe(409);
  });

  it('moderators cannot manage staff (403), anonymous visitors get 401', async () => {
    const mod = await makeStaff(db, 'moderator', 'mod6@example.org');
    const m = as(app, await signIn(app, 'mod6@example.org'));
    expect((await m.get('/api/auth/staff')).status).toBe(403);
    expect(
      (
        await m.post('/api/auth/staff', {
          email: 'x@example.org',
          role: 'admin',
          password: PASSWORD,
        })
      ).status,
    ).toBe(403);
    expect((await m.patch(`/api/auth/staff/${mod.id}`, { role: 'admin' })).status).toBe(403);
    expect(
      (await m.post(`/api/auth/staff/${mod.id}/password`, { password: PASSWORD })).status,
    ).toBe(403);
    expect((await as(app, undefined).get('/api/auth/staff')).status).toBe(401);
  });
});

describe("changing one's own password", () => {
  const NEW = 'copper lantern orchard 77 breeze';
  type Problem = { errors?: Record<string, string[]> };

  it('with the current password: this session stays, the others end, the new one works', async () => {
    await makeStaff(db, 'moderator', 'self@example.org');
    const here = await signIn(app, 'self@example.org');
    const phone = await signIn(app, 'self@example.org');
    const res = await as(app, here).post('/api/auth/password', {
      currentPassword: PASSWORD,
      newPassword: NEW,
    });
    expect(res.status).toBe(204);
    expect(await isSignedIn(here)).toBe(true);
    expect(await isSignedIn(phone)).toBe(false);
    expect((await login('self@example.org', PASSWORD)).status).toBe(401);
    await signIn(app, 'self@example.org', NEW);

    const audit = db.select().from(auditLog).where(eq(auditLog.action, 'password-change')).all();
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toContain(NEW);
    expect(JSON.stringify(audit)).not.toContain(PASSWORD);
  });

  it('a wrong current password changes nothing, names the field, and counts as a failure', async () => {
    await makeStaff(db, 'moderator', 'guess@example.org');
    const s = await signIn(app, 'guess@example.org');
    for (let i = 0; i < PAIR_LIMIT.limit; i++) {
      const res = await as(app, s).post('/api/auth/password', {
        currentPassword: `guess number ${i}`,
        newPassword: NEW,
      });
      expect(res.status).toBe(400);
      expect(((await res.json()) as Problem).errors).toHaveProperty('currentPassword');
    }
    // Someone at an unattended session cannot keep guessing: refused, even with the right one.
    const locked = await as(app, s).post('/api/auth/password', {
      currentPassword: PASSWORD,
      newPassword: NEW,
    });
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('Retry-After'))).toBeGreaterThan(0);
    expect(
      db.select().from(auditLog).where(eq(auditLog.action, 'password-change-failed')).all(),
    ).toHaveLength(PAIR_LIMIT.limit);

    time.advance(16 * 60 * 1000);
    await signIn(app, 'guess@example.org'); // the old password still works
  }, 20_000);

  it('refuses a weak new password or the same one again, naming the field', async () => {
    await makeStaff(db, 'moderator', 'weak@example.org');
    const s = as(app, await signIn(app, 'weak@example.org'));
    for (const newPassword of ['short', 'password1234', 'weak@example.org1', PASSWORD]) {
      const res = await s.post('/api/auth/password', { currentPassword: PASSWORD, newPassword });
      expect(res.status, newPassword).toBe(400);
      expect(res.headers.get('Content-Type')).toMatch(/problem\+json/);
      expect(((await res.json()) as Problem).errors).toHaveProperty('newPassword');
    }
    await signIn(app, 'weak@example.org'); // unchanged
  });

  it('needs a session and the CSRF token', async () => {
    await makeStaff(db, 'moderator', 'anon@example.org');
    const body = { currentPassword: PASSWORD, newPassword: NEW };
    expect((await as(app, undefined).post('/api/auth/password', body)).status).toBe(401);
    const s = await signIn(app, 'anon@example.org');
    expect((await as(app, { ...s, csrf: 'forged' }).post('/api/auth/password', body)).status).toBe(
      403,
    );
    await signIn(app, 'anon@example.org'); // unchanged
  });
});

describe('password policy', () => {
  it('accepts a long passphrase and refuses common or personal ones', () => {
    expect(passwordProblems('correct horse battery staple lantern')).toEqual([]);
    expect(passwordProblems('iloveyou12345')).toHaveLength(1);
    expect(passwordProblems('amina.otieno2026', ['amina.otieno@example.org'])).toHaveLength(1);
    expect(passwordProblems('x'.repeat(11))[0]).toMatch(/at least 12/);
  });
});
