// `npm run build:server` (run by `npm start`): the server as plain JavaScript in dist-server/, so that the
// running process does not carry a TypeScript compiler (tsx cost about 100 MB of memory and its heap).
// Packages stay in node_modules; code loaded only on some paths (the demo's generator) is a chunk of its own.
// A source map is written beside it: `node --enable-source-maps dist-server/start.js` to read stack traces
// in TypeScript (not the default: parsing the map costs 30 MB of heap).
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { ROOT } from '../paths.ts';

export const SERVER_BUNDLE_DIR = path.join(ROOT, 'dist-server');
/** `npm start`'s Node flags (package.json says the same): the heap capped at 200 MB. */
export const SERVER_NODE_FLAGS = ['--max-old-space-size=200'];
/**
 * `npm start`'s environment (package.json says the same): glibc's malloc keeps at most 2 arenas. By default
 * it opens up to 8 per core for the threads (libuv's pool runs SQLite's statements), each holding freed
 * memory: about 60 MB more RSS under the benchmark's load (docs/BENCHMARKS.md).
 */
export const SERVER_ENV = { MALLOC_ARENA_MAX: '2' };

export async function bundleServer(outdir = SERVER_BUNDLE_DIR): Promise<string> {
  fs.rmSync(outdir, { recursive: true, force: true }); // no chunk of an older build left behind
  await build({
    entryPoints: { start: path.join(ROOT, 'server/cli/start.ts') },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Node 20 reads `import … with { type: 'json' }`; esbuild's node20 table does not say so.
    supported: { 'import-attributes': true },
    packages: 'external',
    sourcemap: true,
    chunkNames: 'chunks/[name]-[hash]',
    logLevel: 'warning',
  });
  return path.join(outdir, 'start.js');
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.join(ROOT, 'server/cli/bundle.ts')) await bundleServer();
