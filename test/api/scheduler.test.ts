// Scheduled jobs with several processes (issue 13, observation 9; docs/OPERATIONS.md "Scheduled jobs"):
// the due run is claimed once across processes, the due time moves one interval on, and every run —
// idle ones too — is in job_runs. On both engines; test/api/processes.test.ts does it with two real
// server processes on PostgreSQL.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Db } from '../../server/db/connection.ts';
import { claimDueRun, runIfDue, type JobDef } from '../../server/jobs/scheduler.ts';
import { createTestDatabase } from '../support/db.ts';

let db: Db;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
});
afterAll(async () => {
  await drop?.();
});

let runs = 0;
const idle: JobDef = {
  name: 'test.idle',
  everySeconds: 600,
  run: async () => {
    runs++;
    return { didSomething: false, summary: { nothing: true } };
  },
};
const dueAt = async (job: string) => new Date((await db('job_leases').where({ job }).first('next_due_at')).next_due_at).getTime();

describe('each job once per interval, across processes', () => {
  test('two processes ticking at the same moment: one claims the due run, the other does not', async () => {
    const now = new Date();
    const [a, b] = await Promise.all([runIfDue(db, idle, now, 'api-1'), runIfDue(db, idle, now, 'api-2')]);
    expect([a.ran, b.ran].sort()).toEqual([false, true]);
    expect(runs).toBe(1);
    expect(await dueAt('test.idle')).toBe(now.getTime() + 600_000);
  });

  test('before the interval has passed nobody runs it again; after, one does', async () => {
    const soon = new Date(Date.now() + 60_000);
    expect((await runIfDue(db, idle, soon, 'api-1')).ran).toBe(false);
    expect(await claimDueRun(db, idle, 'api-2', soon)).toBe(false);
    const later = new Date(Date.now() + 601_000);
    const [a, b] = await Promise.all([runIfDue(db, idle, later, 'api-2'), runIfDue(db, idle, later, 'api-1')]);
    expect([a.ran, b.ran].filter(Boolean)).toHaveLength(1);
    expect(runs).toBe(2);
  });

  test('every run is recorded in job_runs, the idle ones too', async () => {
    const rows = await db('job_runs').where({ job: 'test.idle' }).orderBy('id');
    expect(rows).toHaveLength(2);
    expect(rows.map((r) => [r.status, JSON.parse(r.summary)])).toEqual([
      ['succeeded', { nothing: true }],
      ['succeeded', { nothing: true }],
    ]);
  });
});
