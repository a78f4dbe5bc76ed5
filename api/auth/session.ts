import { and, eq, lt, ne, or } from 'drizzle-orm';
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Db } from '../../db/client.ts';
import { staffSessions, staffUsers } from '../../db/schema.ts';
import type { AppEnv, Deps } from '../lib/context.ts';
import { ApiError } from '../lib/problem.ts';
import { CSRF_HEADER, type SessionInfo } from '../../contract/auth.ts';
import { type StaffRole } from '../../contract/vocabulary.ts';

/** A session ends after this long without a request... */
export const IDLE_TIMEOUT_MS = 30 * 60 * 1000;
/** ...and at the latest this long after sign-in, however active. */
export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000;
/** lastSeenAt is written at most this often, so reads do not each cost a write. */
const TOUCH_EVERY_MS = 60 * 1000;

export type StaffPrincipal = { id: number; email: string; name: string | null; role: StaffRole };
export type StaffSession = { idHash: string; csrfToken: string; expiresAt: string };

/** Variables of a request that passed `requireStaff`. */
export type StaffEnv = {
  Variables: AppEnv['Variables'] & { staff: StaffPrincipal; session: StaffSession };
};

export const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** `__Host-` binds the cookie to this exact origin, but browsers accept it only over HTTPS. */
export function cookieName(deps: Deps): string {
  return isHttps(deps) ? '__Host-pm_staff' : 'pm_staff';
}

function isHttps(deps: Deps): boolean {
  return deps.env.PUBLIC_URL?.startsWith('https:') ?? false;
}

export function setSessionCookie(c: Context<StaffEnv>, token: string): void {
  const deps = c.get('deps');
  setCookie(c, cookieName(deps), token, {
    path: '/',
    httpOnly: true,
    sameSite: 'Strict',
    secure: isHttps(deps),
    maxAge: Math.floor(ABSOLUTE_TIMEOUT_MS / 1000),
  });
}

export function clearSessionCookie(c: Context<StaffEnv>): void {
  const deps = c.get('deps');
  deleteCookie(c, cookieName(deps), {
    path: '/',
    secure: isHttps(deps),
    httpOnly: true,
    sameSite: 'Strict',
  });
}

/** Creates a session; only the SHA-256 of the token is stored, the token goes in the cookie. */
export function createSession(
  db: Pick<Db, 'insert'>,
  userId: number,
  now: Date,
): { token: string; session: StaffSession } {
  const token = randomBytes(32).toString('base64url');
  const session = {
    idHash: sha256(token),
    csrfToken: randomBytes(32).toString('base64url'),
    expiresAt: new Date(now.getTime() + ABSOLUTE_TIMEOUT_MS).toISOString(),
  };
  const at = now.toISOString();
  db.insert(staffSessions)
    .values({ ...session, userId, createdAt: at, lastSeenAt: at })
    .run();
  return { token, session };
}

export function revokeSession(db: Db, idHash: string): void {
  db.delete(staffSessions).where(eq(staffSessions.idHash, idHash)).run();
}

export function revokeUserSessions(db: Pick<Db, 'delete'>, userId: number): void {
  db.delete(staffSessions).where(eq(staffSessions.userId, userId)).run();
}

/** Ends every session of an account except the one given (after a password change). */
export function revokeOtherSessions(db: Pick<Db, 'delete'>, userId: number, keep: string): void {
  db.delete(staffSessions)
    .where(and(eq(staffSessions.userId, userId), ne(staffSessions.idHash, keep)))
    .run();
}

/** Removes sessions past either expiry; called at sign-in so the table stays small. */
export function purgeExpiredSessions(db: Db, now: Date): void {
  db.delete(staffSessions)
    .where(
      or(
        lt(staffSessions.expiresAt, now.toISOString()),
        lt(staffSessions.lastSeenAt, new Date(now.getTime() - IDLE_TIMEOUT_MS).toISOString()),
      ),
    )
    .run();
}

/**
 * The signed-in staff member for a session token, or undefined. An expired (idle or
 * absolute) session, or one whose account was disabled, is deleted on sight.
 */
export function resolveSession(
  db: Db,
  token: string | undefined,
  now: Date,
): { staff: StaffPrincipal; session: StaffSession } | undefined {
  if (!token || token.length > 200) return undefined;
  const idHash = sha256(token);
  const row = db
    .select({
      idHash: staffSessions.idHash,
      csrfToken: staffSessions.csrfToken,
      expiresAt: staffSessions.expiresAt,
      lastSeenAt: staffSessions.lastSeenAt,
      id: staffUsers.id,
      email: staffUsers.email,
      name: staffUsers.name,
      role: staffUsers.role,
      disabled: staffUsers.disabled,
    })
    .from(staffSessions)
    .innerJoin(staffUsers, eq(staffUsers.id, staffSessions.userId))
    .where(eq(staffSessions.idHash, idHash))
    .get();
  if (!row) return undefined;
  const t = now.getTime();
  const expired =
    row.disabled ||
    Date.parse(row.expiresAt) <= t ||
    Date.parse(row.lastSeenAt) + IDLE_TIMEOUT_MS <= t;
  if (expired) {
    revokeSession(db, idHash);
    return undefined;
  }
  if (t - Date.parse(row.lastSeenAt) >= TOUCH_EVERY_MS) {
    db.update(staffSessions)
      .set({ lastSeenAt: now.toISOString() })
      .where(and(eq(staffSessions.idHash, idHash)))
      .run();
  }
  return {
    staff: { id: row.id, email: row.email, name: row.name, role: row.role },
    session: { idHash: row.idHash, csrfToken: row.csrfToken, expiresAt: row.expiresAt },
  };
}

export function sessionInfo(staff: StaffPrincipal, session: StaffSession): SessionInfo {
  return {
    user: { id: staff.id, email: staff.email, name: staff.name, role: staff.role },
    csrfToken: session.csrfToken,
    expiresAt: session.expiresAt,
    idleTimeoutSeconds: IDLE_TIMEOUT_MS / 1000,
  };
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Refuses a cross-site request: the Origin header (sent by browsers on every POST and
 * PATCH) must be this app's own origin, and Sec-Fetch-Site, when present, same-origin.
 * Clients that send neither (scripts) still need the session's CSRF token.
 */
export function assertSameOrigin(c: Context<StaffEnv>): void {
  const site = c.req.header('Sec-Fetch-Site');
  const origin = c.req.header('Origin');
  const expected = c.get('deps').env.PUBLIC_URL
    ? new URL(c.get('deps').env.PUBLIC_URL as string).origin
    : new URL(c.req.url).origin;
  if ((site && site !== 'same-origin' && site !== 'none') || (origin && origin !== expected)) {
    throw new ApiError(
      403,
      'Not allowed',
      'This request came from another site, so it was refused.',
    );
  }
}

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Staff only: 401 without a valid session, 403 when the role is not enough. Every
 * state-changing request must also come from this origin and carry the session's CSRF
 * token in the X-CSRF-Token header.
 */
export function requireStaff(role: StaffRole = 'moderator'): MiddlewareHandler<StaffEnv> {
  return async (c, next) => {
    const deps = c.get('deps');
    const found = resolveSession(deps.db, getCookie(c, cookieName(deps)), deps.now());
    if (!found) {
      throw new ApiError(401, 'Sign-in required', 'Please sign in to the staff workspace.');
    }
    if (!SAFE_METHODS.has(c.req.method)) {
      assertSameOrigin(c);
      const sent = c.req.header(CSRF_HEADER) ?? '';
      if (!sameToken(sent, found.session.csrfToken)) {
        throw new ApiError(
          403,
          'Not allowed',
          'The security token of this page is missing or out of date. Reload the page and try again.',
        );
      }
    }
    if (role === 'admin' && found.staff.role !== 'admin') {
      throw new ApiError(403, 'Not allowed', 'Only an administrator can do this.');
    }
    c.set('staff', found.staff);
    c.set('session', found.session);
    c.header('Cache-Control', 'no-store');
    await next();
  };
}

/** Who did it, for the audit trail. */
export const actorOf = (staff: StaffPrincipal) => ({ id: staff.id, email: staff.email });
