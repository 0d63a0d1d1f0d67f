// The processes the benchmark measures, each in its own Node process so that the load
// generator's CPU is not counted against them: the console's server, a bare Express route
// (the ceiling of the stack), and json-server 0.17 (where react-admin users often start).
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { bundleServer, SERVER_ENV, SERVER_NODE_FLAGS } from '../server/cli/bundle.ts';
import { ROOT } from '../server/paths.ts';

export { ROOT };

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

export interface Running {
  child: ChildProcess;
  baseUrl: string;
  stop: () => Promise<void>;
}

/** Starts `args` with Node and waits until `ready` appears on its output. */
async function start(
  args: string[],
  env: Record<string, string>,
  port: number,
  ready: RegExp | null,
  timeoutMs = 300_000,
): Promise<Running> {
  const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${args.join(' ')} did not start in time:\n${output}`)), timeoutMs);
    const onData = (d: Buffer) => {
      output += d.toString();
      if (ready?.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    if (!ready) {
      clearTimeout(timer);
      setImmediate(resolve);
    }
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${args.join(' ')} exited with ${code}:\n${output}`));
    });
  });
  child.removeAllListeners('exit');
  return {
    child,
    baseUrl: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** `npm start`'s server: the bundle (server/cli/bundle.ts), built once per benchmark run in its own folder. */
const BUNDLE_DIR = path.join(ROOT, 'tmp', `bench-server-${process.pid}`);
let bundle: Promise<string> | null = null;
const serverBundle = () => {
  if (!bundle) process.once('exit', () => fs.rmSync(BUNDLE_DIR, { recursive: true, force: true }));
  return (bundle ??= bundleServer(BUNDLE_DIR));
};

/**
 * `npm start`'s server on the given database, logs quiet; the console is built beforehand. Jobs off (they would write
 * during the reads) unless `env` says otherwise (`{ JOBS: 'on' }`: the scheduled jobs at their production intervals).
 */
export async function startConsoleServer(databaseUrl: string, env: Record<string, string> = {}): Promise<Running> {
  const port = await freePort();
  return start(
    [...SERVER_NODE_FLAGS, await serverBundle()],
    {
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      JOBS: 'off',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'development',
      SKIP_SPA_BUILD: '1',
      ...SERVER_ENV,
      ...env,
    },
    port,
    /is running on/,
  );
}

export async function startBareExpress(): Promise<Running> {
  const port = await freePort();
  return start(['--import', 'tsx', 'bench/bareExpress.ts'], { PORT: String(port) }, port, /listening/);
}

/** json-server 0.17 serving `rows` accounts from a db.json written in a temporary directory. */
export async function startJsonServer(rows: object[], dir: string): Promise<Running> {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'db.json');
  fs.writeFileSync(file, JSON.stringify({ accounts: rows }));
  const port = await freePort();
  return start(
    [path.join(ROOT, 'node_modules/json-server/lib/cli/bin.js'), '--port', String(port), '--host', '127.0.0.1', '--quiet', file],
    {},
    port,
    null,
  ).then(async (r) => {
    await waitForHttp(`${r.baseUrl}/accounts?_limit=1`);
    return r;
  });
}

async function waitForHttp(url: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} never answered`);
}

/** Samples a process's resident memory (Linux /proc) until stopped; returns the peak in MB. */
export function rssSampler(pid: number): { stop: () => number } {
  let peak = 0;
  const read = () => {
    try {
      const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (m) peak = Math.max(peak, Number(m[1]) / 1024);
    } catch {
      /* gone */
    }
  };
  read();
  const timer = setInterval(read, 200);
  return {
    stop: () => {
      clearInterval(timer);
      read();
      return peak;
    },
  };
}
