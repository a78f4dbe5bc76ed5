import { pino, type Logger } from 'pino';
import type { Env } from '../env.ts';

export type { Logger };

/**
 * The app's logger: one JSON object per line on stdout (pino), for a log collector or
 * `journalctl -o cat`. Nothing personal goes in: no body, cookie, e-mail or contact detail.
 */
export function createLogger(level: Env['LOG_LEVEL'], destination?: pino.DestinationStream) {
  return pino(
    {
      level,
      base: { service: 'participation-map' },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    destination,
  );
}
