import { spawn } from 'node:child_process';

// `npm run dev`: the API on :3001 (restarts on change) and Vite on :5173 with hot reload,
// proxying /api to the API.
const children = [
  spawn('npx', ['tsx', 'watch', 'api/server.ts'], {
    stdio: 'inherit',
    env: { ...process.env, PORT: '3001', NODE_ENV: 'development' },
  }),
  spawn('npx', ['vite'], { stdio: 'inherit', env: process.env }),
];
const stop = () => {
  for (const c of children) c.kill('SIGTERM');
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const c of children) c.on('exit', (code) => code && stop());
