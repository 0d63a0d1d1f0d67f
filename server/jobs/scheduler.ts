// In-process scheduled work. Every API process runs the scheduler; a lease per job in the
// database makes sure two processes never run the same job at once. Each run updates the
// job's "last run"; runs that did something, and every failure, are kept in job_runs.
import { hostname } from 'node:os';
import type { Knex } from 'knex';
import type { Logger } from 'pino';

export interface JobDef {
  name: string;
  everySeconds: number;
  /** Does the work; the summary says what it did (`didSomething` false keeps it out of job_runs). */
  run: (db: Knex, now: Date) => Promise<{ didSomething: boolean; summary: Record<string, unknown> }>;
}

const holderId = `${hostname()}:${process.pid}`;

/** Takes the job's lease if it is free or expired; true when this process may run the job. */
export async function acquireLease(db: Knex, job: string, holder: string, now: Date, ttlMs: number): Promise<boolean> {
  const until = new Date(now.getTime() + ttlMs).toISOString();
  await db('job_leases').insert({ job, holder: null, leased_until: new Date(0).toISOString() }).onConflict('job').ignore();
  const taken = await db('job_leases').where({ job }).where((w) => w.where('leased_until', '<=', now.toISOString()).orWhere({ holder }))
    .update({ holder, leased_until: until, last_started_at: now.toISOString() });
  return taken === 1;
}

async function finish(db: Knex, job: string, holder: string, fields: Record<string, unknown>): Promise<void> {
  await db('job_leases').where({ job, holder }).update({ ...fields, holder: null, leased_until: new Date(0).toISOString(), last_finished_at: new Date().toISOString() });
}

/** One run under the lease: false when another process holds it. */
export async function runJob(db: Knex, job: JobDef, now = new Date(), holder = holderId): Promise<{ ran: boolean; summary?: Record<string, unknown>; error?: string }> {
  if (!(await acquireLease(db, job.name, holder, now, Math.max(60_000, job.everySeconds * 2000)))) return { ran: false };
  try {
    const { didSomething, summary } = await job.run(db, now);
    if (didSomething) await db('job_runs').insert({ job: job.name, status: 'succeeded', started_at: now.toISOString(), finished_at: new Date().toISOString(), summary: JSON.stringify(summary) });
    await finish(db, job.name, holder, { last_status: 'succeeded', last_summary: JSON.stringify(summary), last_error: null });
    return { ran: true, summary };
  } catch (e) {
    const error = e instanceof Error ? e.message : String(e);
    await db('job_runs').insert({ job: job.name, status: 'failed', started_at: now.toISOString(), finished_at: new Date().toISOString(), error });
    await finish(db, job.name, holder, { last_status: 'failed', last_error: error });
    return { ran: true, error };
  }
}

/** Starts every job on its interval; returns a stop function that waits for runs in flight. */
export function startScheduler(db: Knex, jobs: JobDef[], log?: Logger): () => Promise<void> {
  const running = new Set<Promise<unknown>>();
  const timers = jobs.map((job) => setInterval(() => {
    const p = runJob(db, job).then((r) => { if (r.error) log?.error({ job: job.name, err: r.error }, 'job failed'); }).catch((err) => log?.error({ job: job.name, err }, 'job crashed'));
    running.add(p);
    void p.finally(() => running.delete(p));
  }, job.everySeconds * 1000));
  return async () => {
    timers.forEach(clearInterval);
    await Promise.allSettled([...running]);
  };
}
