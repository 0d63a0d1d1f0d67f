import type { Router } from 'express';
import type { Knex } from 'knex';
import { parseJson, toIso } from '../db/values.ts';
import { backOfficeJobs } from '../jobs/index.ts';
import { createTransport } from '../outbox/worker.ts';
import { grantedRouter } from './grantedRouter.ts';

/** `GET /api/jobs` (admin): each scheduled job, its interval, its last run and whether one is running. */
export function jobsRouter(db: Knex): Router {
  const { router, get } = grantedRouter();
  // Every job this code can run, configured or not (the TDB client is a placeholder: only the schedule is read).
  const schedule = backOfficeJobs(
    createTransport(undefined),
    'unused',
    { submit: async () => ({ kind: 'failed', httpStatus: null, message: 'unused' }) },
    { name: 'unused', remote: true, refund: async () => ({ status: 'unknown', message: 'unused' }) },
  ).map((j) => ({ job: j.name, everySeconds: j.everySeconds }));
  get('/jobs', 'jobs', async (_req, res) => {
    const leases = new Map((await db('job_leases').select('*')).map((l: Record<string, unknown>) => [l.job as string, l]));
    const now = new Date().toISOString();
    res.json(
      schedule.map(({ job, everySeconds }) => {
        const l = leases.get(job);
        return {
          job,
          everySeconds,
          nextDueAt: toIso(l?.next_due_at) ?? null,
          running: !!l && !!l.holder && String(toIso(l.leased_until)) > now,
          holder: l?.holder ?? null,
          lastRun: l?.last_started_at
            ? {
                startedAt: toIso(l.last_started_at),
                finishedAt: toIso(l.last_finished_at),
                status: l.last_status,
                summary: parseJson(l.last_summary),
                error: l.last_error,
              }
            : null,
        };
      }),
    );
  });
  return router;
}
