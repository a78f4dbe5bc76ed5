import type { Db } from '../../db/client.ts';
import { createApp, type AppOptions } from '../../api/app.ts';
import type { StaffRole } from '../../contract/vocabulary.ts';
import {
  clock,
  makeStaff,
  signIn,
  type App,
  type Session,
} from '../../api/auth/auth.test-helpers.ts';
import { testDb } from './test-db.ts';

export type TestApp = { db: Db; app: App; advance: (ms: number) => void };

/**
 * The API on a fresh `testDb()`, logging nothing, on a clock that stands still at `start`
 * (auth.test-helpers' `clock()`) until the test moves it with `advance`.
 */
export function testApp(options: { env?: AppOptions['env']; start?: number } = {}): TestApp {
  const db = testDb();
  const time = clock(options.start);
  const app = createApp({ db, now: time.now, env: { LOG_LEVEL: 'silent', ...options.env } });
  return { db, app, advance: time.advance };
}

/** Creates a staff account with this role and email, and signs it in. */
export async function signedInStaff(
  { db, app }: Pick<TestApp, 'db' | 'app'>,
  role: StaffRole,
  email: string,
): Promise<Session> {
  await makeStaff(db, role, email);
  return signIn(app, email);
}

/**
 * `testApp()` with a moderator (mod@example.org) and an admin (admin@example.org), both
 * signed in.
 */
export async function testAppWithStaff(): Promise<TestApp & { mod: Session; admin: Session }> {
  const t = testApp();
  await makeStaff(t.db, 'moderator', 'mod@example.org');
  await makeStaff(t.db, 'admin', 'admin@example.org');
  const mod = await signIn(t.app, 'mod@example.org');
  const admin = await signIn(t.app, 'admin@example.org');
  return { ...t, mod, admin };
}
