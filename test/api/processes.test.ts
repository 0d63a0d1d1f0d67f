// Several API processes on one PostgreSQL database (issue 13, observation 9; docs/OPERATIONS.md
// "Several API processes"): two real server processes (`npm start`'s entry point, as child
// processes) share the public forms' rate limit — in the database, and in Redis when REDIS_URL is
// set — do not believe X-Forwarded-For unless told to (TRUST_PROXY), and run each scheduled job
// once per interval between them, every run recorded in job_runs.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createClient } from 'redis';
import type { Db } from '../../server/db/connection.ts';
import { bundleServer, SERVER_ENV, SERVER_NODE_FLAGS } from '../../server/cli/bundle.ts';
import { ROOT } from '../../server/paths.ts';
import { ensureDefaultSettings } from '../../server/settings.ts';
import { loadConfig } from '../../server/config.ts';
import { configuredJobs } from '../../server/jobs/index.ts';
import { createTestDatabase, engine } from '../support/db.ts';

const REDIS_URL = 'redis://127.0.0.1:6379';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

/** The environment of every process (besides its database and port). */
const PROCESS_ENV = { NODE_ENV: 'test', SKIP_SPA_BUILD: '1', LOG_LEVEL: 'error', JOBS_TICK_SECONDS: '1' };

/** `npm start`'s server as it runs: the bundle (server/cli/bundle.ts), built once for this file in its own folder. */
const BUNDLE_DIR = path.join(ROOT, 'tmp', `test-server-${process.pid}-${randomUUID().slice(0, 8)}`);
let bundle: Promise<string> | null = null;
const serverBundle = () => (bundle ??= bundleServer(BUNDLE_DIR));
afterAll(() => fs.rmSync(BUNDLE_DIR, { recursive: true, force: true }));

/** Starts `npm start`'s server on a free port over the test database and waits until it answers. */
async function startProcess(url: string, env: Record<string, string>): Promise<{ base: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, await serverBundle()], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ...SERVER_ENV, ...PROCESS_ENV, DATABASE_URL: url, PORT: String(port), ...env },
  });
  const base = `http://127.0.0.1:${port}`;
  // Up to 90 s: on a shared machine (2 cores, load average 12) a start took 27 s.
  for (let i = 0; i < 900; i++) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) return { base, child };
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error(`the server process on port ${port} did not start`);
}

const stop = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });

const NOTICE = {
  category: 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD',
  explanation: 'This review is a fake written by a competitor, not a customer.',
  locations: ['https://forum.example/thread/1'],
  notifierName: 'Jeanne Martin',
  goodFaith: true,
};
const submit = (base: string, forwardedFor?: string) =>
  fetch(`${base}/public/dsa-notices`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}) },
    body: JSON.stringify({ ...NOTICE, notifierEmail: `n.${randomUUID().slice(0, 8)}@example.org` }),
  });

/** 8 submissions to each process, each claiming another client address: how many were accepted. */
async function burst(bases: string[]): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < 8; i++)
    for (const base of bases) statuses.push((await submit(base, `198.51.100.${i * 2 + bases.indexOf(base)}`)).status);
  return statuses;
}

describe.skipIf(engine() !== 'postgres')('two API processes on one PostgreSQL database', () => {
  let db: Db;
  let url: string;
  let drop: () => Promise<void>;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    ({ db, url, drop } = await createTestDatabase());
    await ensureDefaultSettings(db);
    // Someone works here already: the processes do not seed the demo data.
    const at = new Date().toISOString();
    await db('staff').insert({
      email: 'admin@test.kolet',
      name: 'Admin',
      roles: '["admin"]',
      password_hash: 'x',
      status: 'active',
      created_at: at,
      updated_at: at,
      version: 1,
    });
  }, 60_000);
  afterAll(async () => {
    await Promise.all(children.filter((c) => c.exitCode === null).map(stop));
    await drop?.();
  });

  test("the public form's rate limit is counted once for both (the database), and X-Forwarded-For is not believed", async () => {
    const [a, b] = await Promise.all([startProcess(url, {}), startProcess(url, {})]);
    children.push(a.child, b.child);
    const statuses = await burst([a.base, b.base]);
    expect(statuses.filter((s) => s === 201)).toHaveLength(10); // the setting's 10, not 10 per process
    expect(statuses.filter((s) => s === 429)).toHaveLength(6);
    expect(await db('rate_limit_hits').where('bucket', 'like', 'dsa-notices:%').select('bucket')).toEqual([
      { bucket: 'dsa-notices:127.0.0.1' },
    ]);
  }, 240_000);

  test('each scheduled job runs once per interval across both, and every run is in job_runs', async () => {
    // What the processes schedule, from the job registry with their configuration (no TDB, manual payments, no SMS provider).
    const jobs = configuredJobs(loadConfig({ ...process.env, ...PROCESS_ENV, DATABASE_URL: url })).map((j) => j.name);
    expect(jobs).toContain('outbox.deliver');
    const runsOf = async (): Promise<Record<string, number>> => {
      const counts = Object.fromEntries(jobs.map((j) => [j, 0]));
      for (const r of (await db('job_runs').groupBy('job').select('job').count({ n: '*' })) as { job: string; n: number | string }[])
        counts[r.job] = Number(r.n);
      return counts;
    };
    const settle = async (expected: number) => {
      for (let i = 0; i < 60 && Object.values(await runsOf()).some((n) => n < expected); i++) await new Promise((r) => setTimeout(r, 250));
      await new Promise((r) => setTimeout(r, 2500)); // two more ticks of each process: nothing more may run
    };
    await settle(1); // a job never seen is due at once
    expect(await runsOf()).toEqual(Object.fromEntries(jobs.map((j) => [j, 1])));
    for (const round of [2, 3]) {
      // The interval has passed (the due time is moved back instead of waiting an hour).
      await db('job_leases').update({ next_due_at: new Date(Date.now() - 1000).toISOString() });
      await settle(round);
      expect(await runsOf(), `round ${round}`).toEqual(Object.fromEntries(jobs.map((j) => [j, round])));
    }
    expect(Number((await db('job_runs').where({ status: 'succeeded' }).count({ n: '*' }).first())?.n)).toBe(jobs.length * 3);
    await Promise.all(children.splice(0).map(stop));
  }, 90_000);

  test('with REDIS_URL the counters live in Redis, shared by both', async () => {
    const prefix = `kolet-test-${randomUUID().slice(0, 8)}:`;
    const redis = createClient({ url: REDIS_URL });
    await redis.connect();
    try {
      const env = { REDIS_URL, REDIS_PREFIX: prefix, JOBS: 'off' };
      const [a, b] = await Promise.all([startProcess(url, env), startProcess(url, env)]);
      children.push(a.child, b.child);
      await db('rate_limit_hits').delete();
      const statuses = await burst([a.base, b.base]);
      expect(statuses.filter((s) => s === 201)).toHaveLength(10);
      expect(await redis.keys(`${prefix}*`)).toEqual([`${prefix}rl:dsa-notices:127.0.0.1`]);
      expect(await db('rate_limit_hits').count({ n: '*' }).first()).toMatchObject({ n: 0 });
      await Promise.all(children.splice(0).map(stop));
    } finally {
      const keys = await redis.keys(`${prefix}*`);
      if (keys.length) await redis.del(keys);
      await redis.quit();
    }
  }, 240_000);

  test('behind a proxy (TRUST_PROXY=loopback) each forwarded client address has its own count', async () => {
    const a = await startProcess(url, { TRUST_PROXY: 'loopback', JOBS: 'off' });
    children.push(a.child);
    await db('rate_limit_hits').delete();
    for (let i = 0; i < 3; i++) expect((await submit(a.base, '203.0.113.50')).status).toBe(201);
    expect((await db('rate_limit_hits').where({ bucket: 'dsa-notices:203.0.113.50' }).first()).hits).toBe(3);
    await Promise.all(children.splice(0).map(stop));
  }, 240_000);
});
