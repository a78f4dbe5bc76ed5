import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { loadEnv } from '../api/env.ts';

// `npm start` runs this first (prestart). With dev dependencies installed it builds the web
// app, so `npm install && npm start` is the whole set-up. A production install
// (`npm ci --omit=dev`) has no Vite: it serves the build made on a build machine instead.
function viteInstalled(): boolean {
  try {
    createRequire(import.meta.url).resolve('vite/package.json');
    return true;
  } catch {
    return false;
  }
}

const staticDir = loadEnv().STATIC_DIR;
if (viteInstalled()) {
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  process.exit(build.status ?? 1);
}
if (existsSync(join(staticDir, 'index.html'))) {
  console.log(`Vite is not installed (production install): serving the build in ${staticDir}.`);
  process.exit(0);
}
console.error(
  `Cannot start: STATIC_DIR=${JSON.stringify(staticDir)}: the web app is not built there and ` +
    'Vite is not installed (npm ci --omit=dev); run npm run build where dev dependencies are ' +
    'installed and copy dist/web here.',
);
process.exit(1);
