import { and, eq, gt, lt } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { loginAttempts } from '../../db/schema.ts';
import { tooManyRequests } from '../lib/rate-limit.ts';
import { recordAudit, type Actor } from '../moderation/audit.service.ts';

/**
 * Password guessing limits for sign-in and password change (decision 060).
 *
 * Every password check is first recorded as an attempt in `login_attempts`, in the same
 * synchronous step that counts the recent ones, so requests sent at the same moment cannot
 * all pass the count before any of them is recorded. A success removes its attempt again.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

type Limit = { limit: number; windowMs: number };

/** Failed checks per account and client address: the owner's own address is counted apart. */
export const PAIR_LIMIT: Limit = { limit: 5, windowMs: 15 * MINUTE };
/** Failed checks from one client address, whatever the accounts (spraying many emails). */
export const CLIENT_LIMITS: readonly Limit[] = [
  { limit: 20, windowMs: 15 * MINUTE },
  { limit: 100, windowMs: DAY },
];
/**
 * The slower curve per account, over every address: once it is reached, only addresses the
 * account has signed in from recently may still try (each within its own PAIR_LIMIT).
 */
export const ACCOUNT_LIMITS: readonly Limit[] = [
  { limit: 10, windowMs: 15 * MINUTE },
  { limit: 20, windowMs: HOUR },
  { limit: 50, windowMs: DAY },
];
/** Attempts are kept this long (the longest window), then purged. */
const KEEP_MS = DAY;

/** An address where an account signed in is known for it this long after the last success. */
export const KNOWN_ADDRESS_MS = 30 * DAY;
/** Known addresses remembered per account (the most recent) and accounts remembered. */
export const MAX_KNOWN_PER_ACCOUNT = 8;
export const MAX_KNOWN_ACCOUNTS = 10_000;
/** Refusals are written to the audit trail once per account and address per this period. */
const REFUSAL_AUDIT_EVERY_MS = 15 * MINUTE;
const MAX_REFUSAL_KEYS = 10_000;

/** From this many recent failures on, each further attempt waits before it is checked. */
const SLOW_FROM = 2;

/** Extra wait for the n-th recent failure: 0 at first, then 250 ms doubling, at most 2 s. */
export function slowdownMs(failures: number): number {
  return failures < SLOW_FROM ? 0 : Math.min(2000, 250 * 2 ** (failures - SLOW_FROM));
}

/** Seconds until fewer than `limit` of these times (ascending) fall within the window. */
function secondsUntilBelow(times: number[], { limit, windowMs }: Limit, now: number): number {
  const inWindow = times.filter((t) => t > now - windowMs);
  if (inWindow.length < limit) return 0;
  const pivot = inWindow[inWindow.length - limit] ?? now;
  return Math.max(1, Math.ceil((pivot + windowMs - now) / 1000));
}

/** Sets a key in a Map used as a bounded list: the oldest entry goes when it is full. */
function setBounded<K, V>(map: Map<K, V>, key: K, value: V, max: number): void {
  map.delete(key);
  if (map.size >= max) map.delete(map.keys().next().value as K);
  map.set(key, value);
}

export type Reservation = { id: number; delayMs: number };

/** One per app: the attempt counts are in the database, the known addresses in memory. */
export class SignInThrottle {
  /** email -> (client address -> time of the last successful sign-in from it). */
  private readonly known = new Map<string, Map<string, number>>();
  private readonly refusalAudited = new Map<string, number>();
  private lastPurge = 0;

  /**
   * Refuses (429 with Retry-After) or records an attempt, before the password is checked.
   * Synchronous on purpose: nothing may run between the count and the record.
   */
  reserve(db: Db, now: Date, actor: Actor, email: string, client: string): Reservation {
    const t = now.getTime();
    if (t - this.lastPurge >= MINUTE || t < this.lastPurge) {
      db.delete(loginAttempts)
        .where(lt(loginAttempts.at, new Date(t - KEEP_MS).toISOString()))
        .run();
      this.lastPurge = t;
    }
    const since = new Date(t - KEEP_MS).toISOString();
    const forAccount = db
      .select({ at: loginAttempts.at, client: loginAttempts.clientKey })
      .from(loginAttempts)
      .where(and(eq(loginAttempts.email, email), gt(loginAttempts.at, since)))
      .all()
      .map((r) => ({ at: Date.parse(r.at), client: r.client }))
      .sort((a, b) => a.at - b.at);
    const forClient = db
      .select({ at: loginAttempts.at })
      .from(loginAttempts)
      .where(and(eq(loginAttempts.clientKey, client), gt(loginAttempts.at, since)))
      .all()
      .map((r) => Date.parse(r.at))
      .sort((a, b) => a - b);
    const forPair = forAccount.filter((a) => a.client === client).map((a) => a.at);

    const waits = [
      secondsUntilBelow(forPair, PAIR_LIMIT, t),
      ...CLIENT_LIMITS.map((l) => secondsUntilBelow(forClient, l, t)),
      ...(this.isKnown(email, client, t)
        ? []
        : ACCOUNT_LIMITS.map((l) =>
            secondsUntilBelow(
              forAccount.map((a) => a.at),
              l,
              t,
            ),
          )),
    ];
    const wait = Math.max(...waits);
    if (wait > 0) {
      this.auditRefusal(db, now, actor, email, client);
      throw tooManyRequests(
        wait,
        `Too many failed sign-ins. For your account's safety, please wait ${Math.ceil(wait / 60)} minute(s) and try again.`,
      );
    }

    const row = db
      .insert(loginAttempts)
      .values({ email, clientKey: client, at: now.toISOString() })
      .returning({ id: loginAttempts.id })
      .get();
    const recentForClient = forClient.filter((at) => at > t - CLIENT_LIMITS[0]!.windowMs).length;
    const recentForPair = forPair.filter((at) => at > t - PAIR_LIMIT.windowMs).length;
    // One account guessed at from one address is slowed early; an address trying many
    // accounts somewhat later.
    const delayMs = Math.max(slowdownMs(recentForPair), slowdownMs(recentForClient - 8));
    return { id: row.id, delayMs };
  }

  /**
   * The password was right: the attempt and this address's failures for the account go,
   * and the address becomes known for the account. Failures from other addresses stay, so a
   * success does not give an attacker elsewhere a fresh allowance.
   */
  succeeded(db: Pick<Db, 'delete'>, now: Date, email: string, client: string): void {
    db.delete(loginAttempts)
      .where(and(eq(loginAttempts.email, email), eq(loginAttempts.clientKey, client)))
      .run();
    const t = now.getTime();
    const addresses = this.known.get(email) ?? new Map<string, number>();
    setBounded(addresses, client, t, MAX_KNOWN_PER_ACCOUNT);
    setBounded(this.known, email, addresses, MAX_KNOWN_ACCOUNTS);
  }

  /** Forgets every count for an account (an admin set a new password). */
  clear(db: Pick<Db, 'delete'>, email: string): void {
    db.delete(loginAttempts).where(eq(loginAttempts.email, email)).run();
  }

  private isKnown(email: string, client: string, t: number): boolean {
    const at = this.known.get(email)?.get(client);
    return at !== undefined && t - at < KNOWN_ADDRESS_MS;
  }

  /** A flood of refusals leaves one audit record per account and address per period. */
  private auditRefusal(db: Db, now: Date, actor: Actor, email: string, client: string): void {
    const key = `${email}\n${client}`;
    const last = this.refusalAudited.get(key);
    const t = now.getTime();
    if (last !== undefined && t - last < REFUSAL_AUDIT_EVERY_MS && t >= last) return;
    setBounded(this.refusalAudited, key, t, MAX_REFUSAL_KEYS);
    recordAudit(db, now, {
      actor,
      action: 'login-refused',
      detail: { reason: 'too-many-failures' },
    });
  }
}
