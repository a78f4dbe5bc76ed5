import { beforeEach, describe, expect, it, vi } from 'vitest';
import { testDb } from '../../tests/helpers/test-db.ts';
import type { Db } from '../../db/client.ts';
import { ACCOUNT_LIMITS, PAIR_LIMIT } from './sign-in-throttle.ts';
import {
  authApp,
  type Clock,
  fromAddress,
  makeStaff,
  ORIGIN,
  PASSWORD,
  type App,
  type Session,
} from './auth.test-helpers.ts';
import type * as passwordModule from './password.ts';
import { verifyPassword } from './password.ts';

// Count argon2id verifications (the real function still runs): a check that was never made
// is a guess the attacker did not get.
vi.mock('./password.ts', async (importOriginal) => {
  const real = await importOriginal<typeof passwordModule>();
  return { ...real, verifyPassword: vi.fn(real.verifyPassword) };
});

let db: Db, app: App, time: Clock;
beforeEach(() => {
  ({ db, app, time } = authApp(testDb()));
  vi.mocked(verifyPassword).mockClear();
});

const NEW = 'copper lantern orchard 77 breeze';
const OWNER_ADDRESS = '192.0.2.10';
const QUICK = ACCOUNT_LIMITS[0]!;
const DAILY = ACCOUNT_LIMITS[ACCOUNT_LIMITS.length - 1]!;
const verifications = () => vi.mocked(verifyPassword).mock.calls.length;
/** A different documentation-range address for each n. */
const attacker = (n: number) => `203.0.${113 + Math.floor(n / 250)}.${(n % 250) + 1}`;

const login = (email: string, password: string, address = '198.51.100.7') =>
  app.request(
    '/api/auth/login',
    {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: ORIGIN },
      body: JSON.stringify({ email, password }),
    },
    fromAddress(address),
  );

describe('sign-in throttling under concurrency', () => {
  it('checks at most the allowed number of passwords when 30 wrong guesses arrive at once', async () => {
    await makeStaff(db, 'moderator', 'racer@example.org');
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) => login('racer@example.org', `parallel guess ${i}`)),
    );
    const statuses = answers.map((r) => r.status);
    expect(vi.mocked(verifyPassword)).toHaveBeenCalledTimes(PAIR_LIMIT.limit);
    expect(statuses.filter((s) => s === 401)).toHaveLength(PAIR_LIMIT.limit);
    expect(statuses.filter((s) => s === 429)).toHaveLength(30 - PAIR_LIMIT.limit);
    for (const r of answers.filter((a) => a.status === 429)) {
      expect(Number(r.headers.get('Retry-After'))).toBeGreaterThan(0);
      expect(r.headers.get('Content-Type')).toMatch(/problem\+json/);
    }
  }, 30_000);

  it('checks at most the account-wide number of passwords when guesses from 30 addresses arrive at once', async () => {
    await makeStaff(db, 'moderator', 'swarm@example.org');
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) => login('swarm@example.org', `guess ${i}`, attacker(i))),
    );
    expect(verifications()).toBe(QUICK.limit);
    expect(answers.filter((r) => r.status === 401)).toHaveLength(QUICK.limit);
    expect(answers.filter((r) => r.status === 429)).toHaveLength(30 - QUICK.limit);
  }, 30_000);

  it('checks at most the allowed number of current passwords when 30 changes arrive at once', async () => {
    await makeStaff(db, 'moderator', 'changer@example.org');
    const s = await signInFrom('changer@example.org', OWNER_ADDRESS);
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        changePassword(s, `wrong current ${i}`, NEW, OWNER_ADDRESS),
      ),
    );
    expect(verifications()).toBe(PAIR_LIMIT.limit);
    expect(answers.filter((r) => r.status === 400)).toHaveLength(PAIR_LIMIT.limit);
    expect(answers.filter((r) => r.status === 429)).toHaveLength(30 - PAIR_LIMIT.limit);
  }, 30_000);
});

async function signInFrom(email: string, address: string): Promise<Session> {
  const res = await login(email, PASSWORD, address);
  expect(res.status).toBe(200);
  const cookie = (res.headers.get('Set-Cookie') ?? '').split(';')[0] ?? '';
  const body = (await res.json()) as { csrfToken: string };
  vi.mocked(verifyPassword).mockClear();
  return { cookie, csrf: body.csrfToken };
}

const changePassword = (
  s: Session,
  currentPassword: string,
  newPassword: string,
  address: string,
) =>
  app.request(
    '/api/auth/password',
    {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Origin: ORIGIN,
        Cookie: s.cookie,
        'X-CSRF-Token': s.csrf,
      },
      body: JSON.stringify({ currentPassword, newPassword }),
    },
    fromAddress(address),
  );

describe('a flood of wrong passwords does not lock the owner out', () => {
  it('wrong passwords from another address do not refuse the owner at their own address', async () => {
    await makeStaff(db, 'moderator', 'owner@example.org');
    for (let i = 0; i < PAIR_LIMIT.limit; i++) {
      expect((await login('owner@example.org', `guess ${i}`, attacker(1))).status).toBe(401);
    }
    expect((await login('owner@example.org', `guess again`, attacker(1))).status).toBe(429);
    // The attacker's address is refused even with the right password...
    expect((await login('owner@example.org', PASSWORD, attacker(1))).status).toBe(429);
    // ...while the owner, never signed in before, signs in from their own address.
    expect((await login('owner@example.org', PASSWORD, OWNER_ADDRESS)).status).toBe(200);
  }, 30_000);

  it('a flood from many addresses stops the guessing, and the owner still signs in and changes the password', async () => {
    await makeStaff(db, 'moderator', 'flooded@example.org');
    const s = await signInFrom('flooded@example.org', OWNER_ADDRESS);
    const statuses: number[] = [];
    for (let i = 0; i < 40; i++) {
      statuses.push((await login('flooded@example.org', `guess ${i}`, attacker(i))).status);
    }
    expect(statuses.filter((x) => x === 401)).toHaveLength(QUICK.limit);
    expect(statuses.filter((x) => x === 429)).toHaveLength(40 - QUICK.limit);
    expect(verifications()).toBe(QUICK.limit);

    // The owner signs in at their own address with the right password...
    expect((await login('flooded@example.org', PASSWORD, OWNER_ADDRESS)).status).toBe(200);
    // ...and can change the password from there.
    expect((await changePassword(s, PASSWORD, NEW, OWNER_ADDRESS)).status).toBe(204);
    expect((await login('flooded@example.org', NEW, OWNER_ADDRESS)).status).toBe(200);
    // A new address waits like the attacker's until the flood's window passes (decision 060).
    expect((await login('flooded@example.org', NEW, attacker(999))).status).toBe(429);
    time.advance(QUICK.windowMs);
    expect((await login('flooded@example.org', NEW, attacker(999))).status).toBe(200);
  }, 30_000);

  it('wrong current passwords at another address do not stop the owner changing the password', async () => {
    await makeStaff(db, 'moderator', 'shared@example.org');
    const stolen = await signInFrom('shared@example.org', attacker(5));
    const own = await signInFrom('shared@example.org', OWNER_ADDRESS);
    for (let i = 0; i < PAIR_LIMIT.limit; i++) {
      expect((await changePassword(stolen, `guess ${i}`, NEW, attacker(5))).status).toBe(400);
    }
    expect((await changePassword(stolen, PASSWORD, NEW, attacker(5))).status).toBe(429);
    expect((await changePassword(own, PASSWORD, NEW, OWNER_ADDRESS)).status).toBe(204);
  }, 30_000);

  it('lets through at most the daily number of guesses per account from new addresses', async () => {
    await makeStaff(db, 'moderator', 'daily@example.org');
    let n = 0;
    let wrong = 0;
    for (let slice = 0; slice < 96; slice++) {
      // Guess from new addresses until refused, then wait for the next quarter hour.
      for (;;) {
        const res = await login('daily@example.org', `guess ${n}`, attacker(n++));
        if (res.status !== 401) break;
        wrong++;
      }
      time.advance(15 * 60_000);
    }
    expect(wrong).toBe(DAILY.limit);
    expect(verifications()).toBe(DAILY.limit);
  }, 60_000);
});
