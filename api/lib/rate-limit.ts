import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import { isIPv6 } from 'node:net';
import type { AppEnv } from './context.ts';
import { ApiError } from './problem.ts';

const MAX_KEY_LENGTH = 100;

/** The first 64 bits of an IPv6 address: one subscriber usually holds a whole /64. */
function ipv6Prefix(address: string): string {
  const [head = '', tail] = address.split('%')[0]!.toLowerCase().split('::');
  const front = head ? head.split(':') : [];
  const back = tail ? tail.split(':') : [];
  // An embedded IPv4 address at the end stands for two groups.
  const backGroups = back.length + (back.at(-1)?.includes('.') ? 1 : 0);
  const groups =
    tail === undefined
      ? front
      : [...front, ...Array<string>(8 - front.length - backGroups).fill('0'), ...back];
  const hex = groups
    .slice(0, 4)
    .map((g) => (g.includes('.') ? g : Number.parseInt(g, 16).toString(16)));
  return `${hex.join(':')}::/64`;
}

/** The key for one client: an IPv4 address, or an IPv6 address's /64. */
function normalise(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1]!;
  if (isIPv6(address.split('%')[0]!)) return ipv6Prefix(address);
  return address.slice(0, MAX_KEY_LENGTH);
}

/**
 * Who is asking, for rate limits. With `trustedHops` = 0 the socket's address. Behind that
 * many reverse proxies of your own, each appends the address it saw to X-Forwarded-For, so
 * the client is the `trustedHops`-th value from the right; anything further left was sent
 * by the client and could say anything.
 */
export function clientAddress(
  socket: string,
  forwardedFor: string | undefined,
  trustedHops: number,
): string {
  if (trustedHops > 0 && forwardedFor) {
    const hops = forwardedFor
      .split(',')
      .map((h) => h.trim())
      .filter(Boolean);
    const seen = hops[Math.max(0, hops.length - trustedHops)];
    if (seen) return normalise(seen);
  }
  return normalise(socket);
}

/** The client address of a request (see clientAddress). Never stored with an entry. */
export function clientKey(c: Context<AppEnv>): string {
  let socket: string;
  try {
    socket = getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    socket = 'local'; // app.request() in tests has no socket
  }
  return clientAddress(socket, c.req.header('X-Forwarded-For'), c.get('deps').env.TRUST_PROXY);
}

/**
 * A fixed-window counter per key, kept in memory (one process serves the app). At most
 * `maxKeys` clients are held: windows that ended go first, then the oldest windows.
 */
export class RateLimiter {
  // Map order is the order windows started, so ended windows are always at the front.
  private readonly hits = new Map<string, { count: number; resetAt: number }>();

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    readonly maxKeys = 50_000,
  ) {}

  get size(): number {
    return this.hits.size;
  }

  /** Counts a hit; returns the seconds to wait when over the limit, else 0. */
  hit(key: string, now: number): number {
    this.dropEnded(now);
    const entry = this.hits.get(key);
    if (!entry || entry.resetAt <= now) {
      this.hits.delete(key);
      if (this.hits.size >= this.maxKeys) this.hits.delete(this.hits.keys().next().value!);
      this.hits.set(key, { count: 1, resetAt: now + this.windowMs });
      return 0;
    }
    entry.count++;
    return entry.count > this.limit ? Math.ceil((entry.resetAt - now) / 1000) : 0;
  }

  reset(key: string): void {
    this.hits.delete(key);
  }

  private dropEnded(now: number) {
    for (const [k, v] of this.hits) {
      if (v.resetAt > now) break;
      this.hits.delete(k);
    }
  }
}

export function tooManyRequests(
  retryAfter: number,
  detail = 'Please wait a little and try again.',
): ApiError {
  return new ApiError(429, 'Too many requests', detail, undefined, {
    'Retry-After': String(retryAfter),
  });
}

/** Middleware: answers 429 with Retry-After once a client passes `limit` requests per window. */
export function rateLimit(limiter: RateLimiter, detail?: string): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const wait = limiter.hit(clientKey(c), c.get('deps').now().getTime());
    if (wait > 0) throw tooManyRequests(wait, detail);
    await next();
  };
}
