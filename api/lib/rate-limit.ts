import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from './context.ts';
import { ApiError } from './problem.ts';

/**
 * Who is asking, for rate limits: the socket's address, or the first X-Forwarded-For hop
 * when TRUST_PROXY is set (only behind a proxy you run). Never stored with an entry.
 */
export function clientKey(c: Context<AppEnv>): string {
  if (c.get('deps').env.TRUST_PROXY) {
    const fwd = c.req.header('X-Forwarded-For')?.split(',')[0]?.trim();
    if (fwd) return fwd;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'local'; // app.request() in tests has no socket
  }
}

/** A fixed-window counter per key, kept in memory (one process serves the app). */
export class RateLimiter {
  private readonly hits = new Map<string, { count: number; resetAt: number }>();

  constructor(
    readonly limit: number,
    readonly windowMs: number,
  ) {}

  /** Counts a hit; returns the seconds to wait when over the limit, else 0. */
  hit(key: string, now: number): number {
    const entry = this.hits.get(key);
    if (!entry || entry.resetAt <= now) {
      if (this.hits.size > 10_000) this.sweep(now);
      this.hits.set(key, { count: 1, resetAt: now + this.windowMs });
      return 0;
    }
    entry.count++;
    return entry.count > this.limit ? Math.ceil((entry.resetAt - now) / 1000) : 0;
  }

  reset(key: string): void {
    this.hits.delete(key);
  }

  private sweep(now: number) {
    for (const [k, v] of this.hits) if (v.resetAt <= now) this.hits.delete(k);
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
