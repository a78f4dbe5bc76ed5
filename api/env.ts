import { z } from 'zod';

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
  DATABASE_PATH: z.string().min(1).default('data/participation-map.sqlite'),
  /** Folder with the built web app (vite build). */
  STATIC_DIR: z.string().min(1).default('dist/web'),
  /** Bring the starter catalogue into the database at start-up (idempotent). */
  SEED_ON_START: bool.default(true),
  /** Public origin, e.g. https://map.example.org: used for absolute links and Secure cookies. */
  PUBLIC_URL: z.url().optional(),
  /** Trust X-Forwarded-For for client addresses (only behind a reverse proxy you run). */
  TRUST_PROXY: bool.default(false),
  /** Optional online basemap style URL offered in the map; the offline basemap is the default. */
  BASEMAP_STYLE_URL: z.url().optional(),
  /** Optional SMTP for "new submission" emails to staff, e.g. smtp://user:pass@host:587. */
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().email().optional(),
  LOG_LEVEL: z.enum(['silent', 'error', 'info']).default('info'),
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
