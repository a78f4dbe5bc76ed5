import { and, asc, count, eq, ne } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { staffUsers } from '../../db/schema.ts';
import type { Deps } from '../lib/context.ts';
import { ApiError, invalidFields } from '../lib/problem.ts';
import { recordAudit, type Actor } from '../moderation/audit.service.ts';
import type {
  LoginBody,
  NewStaff,
  PasswordChange,
  StaffUpdate,
  StaffUser,
} from '../../contract/auth.ts';
import type { SignInThrottle } from './sign-in-throttle.ts';
import { dummyHash, hashPassword, passwordProblems, verifyPassword } from './password.ts';
import {
  createSession,
  purgeExpiredSessions,
  revokeOtherSessions,
  revokeUserSessions,
  type StaffPrincipal,
  type StaffSession,
} from './session.ts';

const WRONG = 'The email or password is not right. Check both and try again.';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Signs a staff member in. Unknown email, wrong password and disabled account all get the
 * same 401 answer after the same password-hashing work, so the answer never tells whether
 * an email has an account. Repeated failures are slowed, then refused with 429.
 */
export async function login(
  deps: Deps,
  throttle: SignInThrottle,
  body: LoginBody,
  client: string,
): Promise<{ token: string; staff: StaffPrincipal; session: StaffSession }> {
  const { db } = deps;
  const email = body.email.trim().toLowerCase();
  const now = deps.now();
  const actor: Actor = { id: null, email: email.slice(0, 254) };
  const attempt = throttle.reserve(db, now, actor, email, client);
  if (attempt.delayMs) await sleep(attempt.delayMs);

  const user = db.select().from(staffUsers).where(eq(staffUsers.email, email)).get();
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash()), body.password);
  if (!user || !ok || user.disabled) {
    // The attempt reserved above stays recorded as a failure.
    recordAudit(db, now, {
      actor: user ? { id: user.id, email: user.email } : actor,
      action: 'login-failed',
    });
    throw new ApiError(401, 'Sign-in failed', WRONG);
  }

  const result = db.transaction((tx) => {
    throttle.succeeded(tx, now, email, client);
    const created = createSession(tx, user.id, now);
    recordAudit(tx, now, { actor: { id: user.id, email: user.email }, action: 'login' });
    return created;
  });
  purgeExpiredSessions(db, now);
  return {
    token: result.token,
    session: result.session,
    staff: { id: user.id, email: user.email, name: user.name, role: user.role },
  };
}

function toStaffUser(u: typeof staffUsers.$inferSelect): StaffUser {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    disabled: u.disabled,
    createdAt: u.createdAt,
    updatedAt: u.updatedAt,
  };
}

export function listStaff(db: Db): StaffUser[] {
  return db.select().from(staffUsers).orderBy(asc(staffUsers.email)).all().map(toStaffUser);
}

function checkPassword(password: string, email: string, name?: string | null, field = 'password') {
  const problems = passwordProblems(password, [email, name ?? '']);
  if (problems.length) {
    throw new ApiError(400, 'Invalid request', problems[0], { [field]: problems });
  }
}

function assertEmailFree(db: Pick<Db, 'select'>, email: string): void {
  const exists = db
    .select({ id: staffUsers.id })
    .from(staffUsers)
    .where(eq(staffUsers.email, email))
    .get();
  if (exists) {
    throw new ApiError(409, 'Conflict', 'A staff account with this email already exists.', {
      email: ['A staff account with this email already exists'],
    });
  }
}

/** Creates a staff account (admin screen, or the command line with `actor` = cli). */
export async function createStaff(
  db: Db,
  now: Date,
  input: NewStaff,
  actor: Actor,
): Promise<StaffUser> {
  const email = input.email.trim().toLowerCase();
  checkPassword(input.password, email, input.name);
  assertEmailFree(db, email);
  const passwordHash = await hashPassword(input.password);
  const at = now.toISOString();
  return db.transaction((tx) => {
    // Again after the hashing: another request may have added this email meanwhile.
    assertEmailFree(tx, email);
    const row = tx
      .insert(staffUsers)
      .values({
        email,
        name: input.name ?? null,
        role: input.role,
        passwordHash,
        createdAt: at,
        updatedAt: at,
      })
      .returning()
      .get();
    recordAudit(tx, now, {
      actor,
      action: 'staff-create',
      detail: { staffId: row.id, email, role: input.role },
    });
    return toStaffUser(row);
  });
}

function getStaffRow(db: Db, id: number) {
  const row = db.select().from(staffUsers).where(eq(staffUsers.id, id)).get();
  if (!row) throw new ApiError(404, 'Not found', 'There is no staff account with this id.');
  return row;
}

function activeAdminsOtherThan(db: Db, id: number): number {
  return (
    db
      .select({ n: count() })
      .from(staffUsers)
      .where(
        and(eq(staffUsers.role, 'admin'), eq(staffUsers.disabled, false), ne(staffUsers.id, id)),
      )
      .get()?.n ?? 0
  );
}

/** Renames, changes role, disables or re-enables an account. Disabling ends its sessions. */
export function updateStaff(
  db: Db,
  now: Date,
  id: number,
  patch: StaffUpdate,
  by: StaffPrincipal,
): StaffUser {
  const before = getStaffRow(db, id);
  const losesAdmin =
    before.role === 'admin' &&
    !before.disabled &&
    (patch.role === 'moderator' || patch.disabled === true);
  if (losesAdmin && activeAdminsOtherThan(db, id) === 0) {
    throw new ApiError(
      409,
      'Conflict',
      'This is the last active administrator. Make someone else an administrator first.',
    );
  }
  if (id === by.id && patch.disabled === true) {
    throw new ApiError(409, 'Conflict', 'You cannot disable your own account.');
  }
  const changes: Record<string, { before: unknown; after: unknown }> = {};
  for (const key of ['name', 'role', 'disabled'] as const) {
    if (patch[key] !== undefined && patch[key] !== before[key]) {
      changes[key] = { before: before[key], after: patch[key] };
    }
  }
  return db.transaction((tx) => {
    const row = tx
      .update(staffUsers)
      .set({ ...patch, updatedAt: now.toISOString() })
      .where(eq(staffUsers.id, id))
      .returning()
      .get();
    if (patch.disabled === true) revokeUserSessions(tx, id);
    if (Object.keys(changes).length) {
      recordAudit(tx, now, {
        actor: { id: by.id, email: by.email },
        action: patch.disabled === true ? 'staff-disable' : 'staff-update',
        detail: { staffId: id, email: before.email, changes },
      });
    }
    return toStaffUser(row);
  });
}

/** Sets a new password chosen by an admin; every session of that account ends. */
export async function resetStaffPassword(
  db: Db,
  throttle: SignInThrottle,
  now: Date,
  id: number,
  password: string,
  by: StaffPrincipal,
): Promise<StaffUser> {
  const before = getStaffRow(db, id);
  checkPassword(password, before.email, before.name);
  const passwordHash = await hashPassword(password);
  return db.transaction((tx) => {
    const row = tx
      .update(staffUsers)
      .set({ passwordHash, updatedAt: now.toISOString() })
      .where(eq(staffUsers.id, id))
      .returning()
      .get();
    revokeUserSessions(tx, id);
    throttle.clear(tx, before.email);
    recordAudit(tx, now, {
      actor: { id: by.id, email: by.email },
      action: 'staff-password-reset',
      detail: { staffId: id, email: before.email },
    });
    return toStaffUser(row);
  });
}

/**
 * A signed-in staff member sets a new password. The current password must be given: a
 * session left open on a shared computer is not enough to take the account over. A wrong
 * current password counts as a failed sign-in (slowed, then refused like sign-in). On
 * success every other session of the account ends; this one stays signed in.
 */
export async function changeOwnPassword(
  deps: Deps,
  throttle: SignInThrottle,
  by: StaffPrincipal,
  session: StaffSession,
  body: PasswordChange,
  client: string,
): Promise<StaffUser> {
  const { db } = deps;
  const now = deps.now();
  const actor: Actor = { id: by.id, email: by.email };
  const attempt = throttle.reserve(db, now, actor, by.email, client);
  if (attempt.delayMs) await sleep(attempt.delayMs);

  const before = getStaffRow(db, by.id);
  if (!(await verifyPassword(before.passwordHash, body.currentPassword))) {
    // The attempt reserved above stays recorded as a failure.
    recordAudit(db, now, { actor, action: 'password-change-failed' });
    throw invalidFields({ currentPassword: ['This is not your current password'] });
  }
  if (body.newPassword === body.currentPassword) {
    throw invalidFields({ newPassword: ['Choose a password you have not been using'] });
  }
  checkPassword(body.newPassword, before.email, before.name, 'newPassword');
  const passwordHash = await hashPassword(body.newPassword);
  return db.transaction((tx) => {
    const row = tx
      .update(staffUsers)
      .set({ passwordHash, updatedAt: now.toISOString() })
      .where(eq(staffUsers.id, by.id))
      .returning()
      .get();
    revokeOtherSessions(tx, by.id, session.idHash);
    throttle.succeeded(tx, now, before.email, client);
    recordAudit(tx, now, { actor, action: 'password-change' });
    return toStaffUser(row);
  });
}
