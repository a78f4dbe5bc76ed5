/**
 * `npm run staff:create -- --email EMAIL --role admin [--name NAME]`
 *
 * Creates a staff account in the configured database (DATABASE_PATH). There is no default
 * password anywhere: it comes from STAFF_PASSWORD when set (for scripted set-ups), else it is
 * asked for twice on the terminal without echo.
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { migrateDb, openDb } from '../../db/client.ts';
import { loadEnv } from '../env.ts';
import { ApiError } from '../lib/problem.ts';
import { newStaffSchema } from '../../contract/auth.ts';
import { createStaff } from './auth.service.ts';

const USAGE = 'Usage: npm run staff:create -- --email EMAIL --role admin|moderator [--name NAME]';

/** Reads a line from the terminal without showing what is typed. */
export function promptHidden(question: string): Promise<string> {
  const { stdin, stdout } = process;
  if (!stdin.isTTY) {
    return Promise.reject(
      new Error('No terminal to ask for the password: set STAFF_PASSWORD instead.'),
    );
  }
  return new Promise((resolve, reject) => {
    let value = '';
    stdout.write(question);
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding('utf8');
    const done = (err?: Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      stdout.write('\n');
      if (err) reject(err);
      else resolve(value);
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n' || ch === '\u0004') return done();
        if (ch === '\u0003') return done(new Error('Cancelled.'));
        if (ch === '\u007f' || ch === '\b') value = value.slice(0, -1);
        else value += ch;
      }
    };
    stdin.on('data', onData);
  });
}

export async function main(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        email: { type: 'string' },
        role: { type: 'string', default: 'moderator' },
        name: { type: 'string' },
      },
    }));
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  // The one place outside env.ts that reads the environment: a secret for this command only,
  // deliberately not part of the server's configuration.
  let password = process.env.STAFF_PASSWORD ?? '';
  if (!password) {
    try {
      password = await promptHidden('Password for the new account: ');
      const again = await promptHidden('Type it again: ');
      if (again !== password) {
        console.error('The two passwords are not the same. Nothing was created.');
        return 1;
      }
    } catch (e) {
      console.error((e as Error).message);
      return 1;
    }
  }
  const parsed = newStaffSchema.safeParse({ ...values, password });
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      console.error(`${issue.path.join('.')}: ${issue.message}`);
    console.error(USAGE);
    return 2;
  }
  const env = loadEnv();
  const db = openDb(env.DATABASE_PATH);
  try {
    migrateDb(db);
    const user = await createStaff(db, new Date(), parsed.data, { id: null, email: 'cli' });
    console.log(`Created ${user.role} ${user.email} (id ${user.id}). They can sign in at /staff.`);
    return 0;
  } catch (e) {
    if (e instanceof ApiError) {
      console.error(e.errors?.password?.[0] ?? e.detail ?? e.title);
      return 1;
    }
    throw e;
  } finally {
    db.$client.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
