import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const repoRoot = fileURLToPath(new URL('.', import.meta.url));
const apiServer = 'http://localhost:3000';

const gzip = promisify(zlib.gzip);
const brotli = promisify(zlib.brotliCompress);

/**
 * Precompresses the built JavaScript, CSS and SVG at build time (file.js.br and file.js.gz beside
 * file.js, at the highest levels: done once, not per request); the server sends the one the
 * browser accepts (server/http/staticAssets.ts).
 */
function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'kolet-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async writeBundle() {
      const assets = path.join(outDir, 'assets');
      if (!fs.existsSync(assets)) return;
      const files = fs.readdirSync(assets).filter((f) => /\.(js|css|svg|json)$/.test(f));
      await Promise.all(
        files.map(async (f) => {
          const file = path.join(assets, f);
          const raw = await fs.promises.readFile(file);
          if (raw.length < 1024) return;
          const [gz, br] = await Promise.all([
            gzip(raw, { level: 9 }),
            brotli(raw, {
              params: {
                [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
                [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
              },
            }),
          ]);
          await Promise.all([fs.promises.writeFile(`${file}.gz`, gz), fs.promises.writeFile(`${file}.br`, br)]);
        }),
      );
    },
  };
}

// The console (client/) builds to dist/, which the Express server serves in production.
// In development Vite serves the SPA on :5173 and proxies everything server-side to :3000.
export default defineConfig({
  root: 'client',
  plugins: [react(), precompress()],
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      '/api': apiServer,
      '/public': apiServer,
      '/report-illegal-content': apiServer,
    },
  },
  build: {
    outDir: `${repoRoot}dist`,
    emptyOutDir: true,
    // The framework chunks are big but cached; the budget is on the gzipped initial load (≤ 500 KB).
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: {
        // Long-lived vendor chunks: a deploy of our code does not invalidate the framework.
        // Views that draw charts must be React.lazy() so that recharts stays out of the first load.
        codeSplitting: {
          groups: [
            { name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 30 },
            { name: 'mui', test: /[\\/]node_modules[\\/](@mui|@emotion)[\\/]/, priority: 20 },
            // Not the ra-language-* packages: French loads with our French messages, when the console speaks it.
            {
              name: 'react-admin',
              test: /[\\/]node_modules[\\/](react-admin|ra-(?!language-)[a-z-]+|@tanstack|react-hook-form|react-router|react-router-dom|lodash|node-polyglot)[\\/]/,
              priority: 10,
            },
            // Charts (and what only they use) load with the lazy views that draw them; lowest
            // priority, as a group also takes its dependencies (React stays in its own chunk).
            { name: 'charts', test: /[\\/]node_modules[\\/](recharts|d3-[a-z-]+|victory-vendor)[\\/]/, priority: 1 },
          ],
        },
      },
    },
  },
});
