import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../paths.ts';

export const DIST = path.join(ROOT, 'dist');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

/** Builds the console with Vite when dist/ is missing or older than the client's sources. */
export async function buildSpaIfNeeded(log: (line: string) => void): Promise<void> {
  const index = path.join(DIST, 'index.html');
  const sources = [path.join(ROOT, 'client'), path.join(ROOT, 'server/domain')];
  const stale =
    !fs.existsSync(index) ||
    Math.max(...sources.map(newestMtime), fs.statSync(path.join(ROOT, 'vite.config.ts')).mtimeMs) > fs.statSync(index).mtimeMs;
  if (!stale) return;
  log('Building the console (vite build)…');
  // In a child process: the bundler's memory (hundreds of MB) is returned before the server starts serving.
  // Always a production build, even when the server runs with NODE_ENV=development (the e2e tests, the bench).
  const child = spawn(process.execPath, [path.join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', resolve);
  });
  if (code !== 0) throw new Error(`vite build failed (exit code ${code})`);
}
