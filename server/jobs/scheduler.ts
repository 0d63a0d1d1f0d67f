// In-process scheduled work, correct with several API processes on one database
// (docs/OPERATIONS.md "Scheduled jobs"): each job's next due time is kept in `job_leases` and
// claimed atomically, so the job runs once per interval across all processes; the claim also
// takes the job's lease, so two runs never overlap. Every run is recorded in job_runs.
import { hostname } from 'node:os';
import type { Knex } from 'knex';
import type { Logger } from 'pino';
import { toIso } from '../db/values.ts';

export interface JobDef {
  name: string;
  everySeconds: number;
  /** Does the work; the summary says what it did (`didSomething`: whether there was anything to do). */
  run: (db: Knex, now: Date) => Promise<{ didSomething: boolean; summary: Record<string, unknown> }>;
}

const holderId = `${hostname()}:${process.pid}`;
/** A holder that crashed mid-run lets go after twice the interval (at least a minute). */
const leaseMs = (job: JobDef) => Math.max(60_000, job.everySeconds * 2000);
/** How often a process looks for due jobs, unless JOBS_TICK_SECONDS says otherwise. */
export const DEFAULT_TICK_SECONDS = 5;

async function ensureRow(db: Knex, job: string, now: Date): Promise<void> {
  // A job never seen is due at once.
  await db('job_leases')
    .insert({ job, holder: null, leased_until: new Date(0).toISOString(), next_due_at: now.toISOString() })
    .onConflict('job')
    .ignore();
}

/** Takes the job's lease if it is free or expired, whatever its due time (a run on demand); true when this process may run it. */
export async function acquireLease(db: Knex, job: string, holder: string, now: Date, ttlMs: number): Promise<boolean> {
  await ensureRow(db, job, now);
  const taken = await db('job_leases')
    .where({ job })
    .where((w) => w.where('leased_until', '<=', now.toISOString()).orWhere({ holder }))
    .update({ holder, leased_until: new Date(now.getTime() + ttlMs).toISOString(), last_started_at: now.toISOString() });
  return taken === 1;
}

/**
 * Claims the job's due run: one UPDATE that succeeds for one process only, when the job is due and
 * its lease free; it moves the due time one interval on and takes the lease in the same statement.
 */
export async function claimDueRun(db: Knex, job: JobDef, holder: string, now: Date): Promise<boolean> {
  await ensureRow(db, job.name, now);
  const at = now.toISOString();
  const taken = await db('job_leases')
    .where({ job: job.name })
    .where((w) => w.whereNull('next_due_at').orWhere('next_due_at', '<=', at))
    .where('leased_until', '<=', at)
    .update({
      holder,
      leased_until: new Date(now.getTime() + leaseMs(job)).toISOString(),
      last_started_at: at,
      next_due_at: new Date(now.getTime() + job.everySeconds * 1000).toISOString(),
    });
  return taken === 1;
}

async function finish(db: Knex, job: string, holder: string, fields: Record<string, unknown>): Promise<void> {
  await db('job_leases')
    .where({ job, holder })
    .update({ ...fields, holder: null, leased_until: new Date(0).toISOString(), last_finished_at: new Date().toISOString() });
}

/** Runs the job under a lease already held, records the run in job_runs (every run, idle ones too) and lets the lease go. */
async function runHeld(
  db: Knex,
  job: JobDef,
  now: Date,
  holder: string,
): Promise<{ ran: true; summary?: Record<string, unknown>; error?: string }> {
  try {
    const { summary } = await job.run(db, now);
    await db('job_runs').insert({
      job: job.name,
      status: 'succeeded',
      started_at: now.toISOString(),
      finished_at: new Date().toISOString(),
      summary: JSON.stringify(summary),
    });
    await finish(db, job.name, holder, { last_status: 'succeeded', last_summary: JSON.stringify(summary), last_error: null });
    return { ran: true, summary };
  } catch (e) {
    const error = e instanceof Error ? e.message : String(e);
    await db('job_runs').insert({
      job: job.name,
      status: 'failed',
      started_at: now.toISOString(),
      finished_at: new Date().toISOString(),
      error,
    });
    await finish(db, job.name, holder, { last_status: 'failed', last_error: error });
    return { ran: true, error };
  }
}

/** One run now, under the lease (a run on demand, e.g. from a test or a command): false when another process holds it. */
export async function runJob(
  db: Knex,
  job: JobDef,
  now = new Date(),
  holder = holderId,
): Promise<{ ran: boolean; summary?: Record<string, unknown>; error?: string }> {
  if (!(await acquireLease(db, job.name, holder, now, leaseMs(job)))) return { ran: false };
  return runHeld(db, job, now, holder);
}

/** The run that is due, if this process claims it: at most one process per interval. */
export async function runIfDue(
  db: Knex,
  job: JobDef,
  now = new Date(),
  holder = holderId,
): Promise<{ ran: boolean; summary?: Record<string, unknown>; error?: string }> {
  if (!(await claimDueRun(db, job, holder, now))) return { ran: false };
  return runHeld(db, job, now, holder);
}

/** When each job is next due (one query per tick, so an idle process costs little). */
async function dueJobs(db: Knex, jobs: JobDef[], now: Date): Promise<JobDef[]> {
  const rows: { job: string; next_due_at: unknown; leased_until: unknown }[] = await db('job_leases')
    .whereIn(
      'job',
      jobs.map((j) => j.name),
    )
    .select('job', 'next_due_at', 'leased_until');
  const byName = new Map(rows.map((r) => [r.job, r]));
  return jobs.filter((j) => {
    const r = byName.get(j.name);
    return !r || ((!r.next_due_at || new Date(toIso(r.next_due_at)!) <= now) && new Date(toIso(r.leased_until)!) <= now);
  });
}

/**
 * Checks every `tickSeconds` which jobs are due and claims them; returns a stop function that
 * waits for runs in flight. Any number of processes may run this on one database.
 */
export function startScheduler(db: Knex, jobs: JobDef[], log?: Logger, tickSeconds = DEFAULT_TICK_SECONDS): () => Promise<void> {
  const running = new Set<Promise<unknown>>();
  const busy = new Set<string>();
  const tick = async () => {
    const now = new Date();
    for (const job of await dueJobs(
      db,
      jobs.filter((j) => !busy.has(j.name)),
      now,
    )) {
      busy.add(job.name);
      const p = runIfDue(db, job, now)
        .then((r) => {
          if (r.error) log?.error({ job: job.name, err: r.error }, 'job failed');
        })
        .catch((err) => log?.error({ job: job.name, err }, 'job crashed'))
        .finally(() => {
          busy.delete(job.name);
          running.delete(p);
        });
      running.add(p);
    }
  };
  const timer = setInterval(() => {
    tick().catch((err) => log?.error({ err }, 'scheduler tick failed'));
  }, tickSeconds * 1000);
  return async () => {
    clearInterval(timer);
    await Promise.allSettled([...running]);
  };
}
