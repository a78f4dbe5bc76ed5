/**
 * `npm run bench:submissions`: submission throughput, the write path a child waits on. The
 * real server in its own process with its database on disk (bench/.tmp, not a RAM disk, so
 * every fsync is paid), autocannon POSTing valid submissions, each from its own client
 * address (TRUST_PROXY with a different X-Forwarded-For), so rate limits do not answer first.
 *
 *   npm run bench:submissions -- --duration 10 --connections 10
 */
import autocannon from 'autocannon';
import { mkdirSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { migrateDb, openDb } from '../db/client.ts';
import { seedReference } from '../db/seed.ts';
import { REPO_ROOT, startServer } from './server.ts';
import { submissionBody } from '../tests/helpers/submission-body.ts';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
  },
});

const dir = join(REPO_ROOT, 'bench/.tmp');
mkdirSync(dir, { recursive: true });
const databasePath = join(dir, 'submissions.sqlite');
for (const suffix of ['', '-wal', '-shm']) rmSync(databasePath + suffix, { force: true });
const db = openDb(databasePath);
migrateDb(db);
seedReference(db);
const synchronous = db.$client.pragma('synchronous', { simple: true });
db.$client.close();

const body = (n: number) =>
  JSON.stringify(
    submissionBody({
      title: `Benchmark submission ${n}`,
      summary: '[synthetic] Children in a test town meet every week and ask for safer streets.',
    }),
  );

const load = loadavg()[0] ?? 0;
const server = await startServer({ databasePath, env: { TRUST_PROXY: 'true' } });
try {
  let n = 0;
  const r = await autocannon({
    url: server.url,
    connections: Number(values.connections),
    duration: Number(values.duration),
    requests: [
      {
        method: 'POST',
        path: '/api/submissions',
        setupRequest: (req) => {
          n++;
          return {
            ...req,
            headers: {
              'Content-Type': 'application/json',
              'X-Forwarded-For': `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`,
            },
            body: body(n),
          };
        },
      },
    ],
  });
  console.log(
    `synchronous=${synchronous} (1 = NORMAL, 2 = FULL), load average before ${load.toFixed(2)}\n` +
      `POST /api/submissions, ${r.connections} connections, ${r.duration} s: ` +
      `${r.requests.average.toFixed(0)} req/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, ` +
      `${r['2xx']} stored, non-2xx ${r.non2xx}, errors ${r.errors}`,
  );
} finally {
  await server.stop();
}
