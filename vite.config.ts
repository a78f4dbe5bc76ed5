import react from '@vitejs/plugin-react';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';
import { messagesPlugin } from './scripts/vite-messages.ts';

/**
 * Writes a `.gz` beside every text asset of the build, once, so the server sends it as is
 * (serveStatic's `precompressed`) instead of compressing maplibre-gl's 1.1 MB and the rest
 * again on every first visit. Files under 1 KiB are left alone, as the server does.
 */
function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'participation-map:precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      const walk = (dir: string) => {
        for (const name of readdirSync(dir)) {
          const path = join(dir, name);
          if (statSync(path).isDirectory()) walk(path);
          else if (/\.(m?js|css|svg|json|txt)$/.test(name) && statSync(path).size >= 1024)
            writeFileSync(`${path}.gz`, gzipSync(readFileSync(path), { level: 9 }));
        }
      };
      walk(outDir);
    },
  };
}

// The web app lives in web/; `npm run build` writes it to dist/web, which the API serves.
export default defineConfig({
  root: 'web',
  publicDir: 'public',
  plugins: [react(), messagesPlugin(), precompress()],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
  },
  server: {
    port: 5173,
    proxy: { '/api': 'http://127.0.0.1:3001' },
  },
});
