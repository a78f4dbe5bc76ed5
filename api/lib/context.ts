import type { Db } from '../../db/client.ts';
import type { Env } from '../env.ts';
import type { PublicReadModel } from '../initiatives/read-model.ts';
import type { Logger } from './logger.ts';

/** What every handler can reach through `c.get(...)`. */
export type Deps = {
  db: Db;
  env: Env;
  readModel: PublicReadModel;
  /** Current time; tests replace it to check expiry. */
  now: () => Date;
  log: (message: string, detail?: unknown) => void;
  /** Structured JSON logger (pino) for lines with fields, such as staff decisions. */
  logger: Logger;
};

export type AppEnv = { Variables: { deps: Deps; requestId: string } };
