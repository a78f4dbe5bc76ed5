import react from '@vitejs/plugin-react';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { defineConfig, type Plugin } from 'vite';
import { messagesPlugin } from './scripts/vite-messages.ts';
import { WIDE_LAYOUT } from './web/features/map/map-start.ts';

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

/** The module of maplibre-gl's own chunk (the live map's code). */
const MAPLIBRE_ENTRY = /maplibre-gl\/dist\/maplibre-gl\.m?js$/;

/**
 * Writes /sw.js from web/service-worker/sw.js with the files a second visit needs offline: the
 * start page and the form's shells, the code of the map page and the form, their styles and
 * text. The live map's own code (maplibre-gl, its worker, the map view and the basemap's
 * shapes) is listed apart: the worker keeps it once the page has used the live map, so a phone
 * that shows the map's picture never downloads it (decision 131). Staff code is never listed
 * (docs/decisions/130-offline-and-first-paint.md).
 */
function serviceWorker(): Plugin {
  const SEEDS = [
    /web\/main\.tsx$/,
    /features\/map\/map-page\.tsx$/,
    /features\/submit\/tell-page\.tsx$/,
  ];
  const MAP_SEEDS = [/features\/map\/map-view\.tsx$/, MAPLIBRE_ENTRY];
  return {
    name: 'participation-map:service-worker',
    apply: 'build',
    generateBundle(_options, bundle) {
      /** The files of the chunks `seeds` name, with what they import, their styles and assets. */
      const closure = (seeds: RegExp[]) => {
        const files = new Set<string>();
        const add = (name: string) => {
          const item = bundle[name];
          if (!item || files.has(name)) return;
          files.add(name);
          if (item.type !== 'chunk') return;
          item.imports.forEach(add);
          item.viteMetadata?.importedCss.forEach(add);
          item.viteMetadata?.importedAssets.forEach(add);
        };
        for (const item of Object.values(bundle))
          if (item.type === 'chunk' && seeds.some((s) => s.test(item.facadeModuleId ?? '')))
            add(item.fileName);
        return files;
      };
      const files = closure(SEEDS);
      // The text of the map, an initiative and the form in every language (a few KiB each),
      // so a page opened offline in any language has its words.
      for (const item of Object.values(bundle))
        if (
          item.type === 'chunk' &&
          /^assets\/[a-z]{2}-(core|initiative|tell)-/.test(item.fileName)
        )
          files.add(item.fileName);
      const mapCode = closure(MAP_SEEDS);
      for (const name of files) mapCode.delete(name);
      // Data and the map's worker, imported by address (`?url`) from the app's own code.
      for (const name of Object.keys(bundle))
        if (/^assets\/(countries-110m|small-state-shapes|maplibre-gl-worker)-/.test(name)) {
          files.delete(name);
          mapCode.add(name);
        }
      const precache = ['/', '/tell', ...[...files].sort().map((f) => `/${f}`)];
      const mapList = [...mapCode].sort().map((f) => `/${f}`);
      const version = createHash('sha256')
        .update([...precache, ...mapList].join('\n'))
        .digest('hex')
        .slice(0, 12);
      const source = readFileSync(resolve('web/service-worker/sw.js'), 'utf8')
        .replace('__PRECACHE__', JSON.stringify(precache))
        .replace('__MAP_CODE__', JSON.stringify(mapList))
        .replace('__VERSION__', JSON.stringify(version));
      this.emitFile({ type: 'asset', fileName: 'sw.js', source });
    },
  };
}

/**
 * Names maplibre-gl's chunk in the page's head for wide screens only (`WIDE_LAYOUT`, where the
 * map page starts the live map at once): its download starts with the app's own code instead
 * of after it has run, at low priority so it never delays it. Phones, which show the map's
 * picture, never fetch it. The server keeps the hint on the map page only, and drops it for a
 * browser that asks to save data (api/lib/shell.ts).
 */
function mapCodeHint(): Plugin {
  return {
    name: 'participation-map:map-code-hint',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const chunk = Object.values(ctx.bundle ?? {}).find(
          (item) => item.type === 'chunk' && MAPLIBRE_ENTRY.test(item.facadeModuleId ?? ''),
        );
        if (!chunk) return html;
        return [
          {
            tag: 'link',
            attrs: {
              rel: 'modulepreload',
              crossorigin: true,
              href: `/${chunk.fileName}`,
              media: WIDE_LAYOUT,
              fetchpriority: 'low',
              'data-map-code': true,
            },
            injectTo: 'head',
          },
        ];
      },
    },
  };
}

// The web app lives in web/; `npm run build` writes it to dist/web, which the API serves.
export default defineConfig({
  root: 'web',
  publicDir: 'public',
  plugins: [react(), messagesPlugin(), precompress(), serviceWorker(), mapCodeHint()],
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
