import { z } from 'zod';
import { DEFAULT_DATABASE_PATH } from '../db/config.ts';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/** True for `https://host[:port]` or `http://...`, with nothing after the host. */
function isOrigin(value: string): boolean {
  try {
    const u = new URL(value);
    return (u.protocol === 'https:' || u.protocol === 'http:') && u.origin === value;
  } catch {
    return false;
  }
}

/** Every setting the app reads from the environment. Nothing else reads process.env. */
export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_PATH: z.string().min(1).default(DEFAULT_DATABASE_PATH),
  /** Folder with the built web app (vite build). */
  STATIC_DIR: z.string().min(1).default('dist/web'),
  /** Bring the starter catalogue into the database at start-up (idempotent). */
  SEED_ON_START: bool.default(true),
  /** Public origin, e.g. https://map.example.org: used for absolute links and Secure cookies. */
  PUBLIC_URL: z.url().optional(),
  /**
   * How many reverse proxies you run in front of the app: the client address is the one the
   * outermost of them saw, counted from the right of X-Forwarded-For. `true` means one.
   */
  TRUST_PROXY: z
    .string()
    .regex(
      /^(?:true|false|yes|no|\d{1,2})$/,
      'Use false, true (one proxy) or the number of proxies',
    )
    .transform((v) =>
      v === 'true' || v === 'yes' ? 1 : v === 'false' || v === 'no' ? 0 : Number(v),
    )
    .pipe(
      z
        .number()
        .int()
        .min(0, 'Use false, true (one proxy) or the number of proxies')
        .max(10, 'At most 10 proxies'),
    )
    .default(0),
  /** Optional online basemap style URL offered in the map; the offline basemap is the default. */
  BASEMAP_STYLE_URL: z.url().optional(),
  /** Optional SMTP for "new submission" emails to staff, e.g. smtp://user:pass@host:587. */
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().email().optional(),
  /** The office's contact shown on /contact: an e-mail address, a web page, or both. */
  CONTACT_EMAIL: z.email().optional(),
  CONTACT_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** JSON log lines on stdout at this level and above; `info` has one line per request. */
  LOG_LEVEL: z.enum(['silent', 'error', 'warn', 'info', 'debug']).default('info'),
  /** Days a submission's private contact e-mail is kept after staff decide on it. */
  CONTACT_RETENTION_DAYS: z.coerce
    .number()
    .int('must be a whole number of days')
    .min(1, 'must be at least 1 day')
    .max(3650, 'must be at most 3650 days')
    .default(90),
  /**
   * Sites allowed to frame /embed: `*` (any site, the default) or a comma-separated list of
   * origins such as `https://www.example.org,https://news.example.com`. Every other page
   * refuses framing whatever this says.
   */
  EMBED_ORIGINS: z
    .string()
    .default('*')
    .transform((raw, ctx) => {
      const value = raw.trim();
      if (value === '*') return '*' as const;
      const origins = value
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean);
      const bad = origins.filter((o) => !isOrigin(o));
      if (origins.length === 0 || bad.length > 0) {
        ctx.addIssue({
          code: 'custom',
          message: `Use * or comma-separated origins like https://www.example.org (scheme and host, no path)${bad.length ? `; not an origin: ${bad.join(', ')}` : ''}`,
        });
        return z.NEVER;
      }
      return origins;
    }),
});
export type Env = z.infer<typeof envSchema>;

/** Parses the environment; on a bad value, stops with a message that names the setting. */
export function loadEnv(source: Record<string, string | undefined> = process.env): Env {
  const present = Object.fromEntries(
    Object.entries(source).filter(([k, v]) => k in envSchema.shape && v !== undefined && v !== ''),
  );
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map(
      (i) => `  ${i.path.join('.')}=${JSON.stringify(present[String(i.path[0])])}: ${i.message}`,
    );
    throw new EnvError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

export class EnvError extends Error {
  override name = 'EnvError';
}
