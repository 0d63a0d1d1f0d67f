// Every run of scheduled work is recorded: when, how it ended, what it did (visible in the console).
import type { Knex } from 'knex';

export async function recordJobRun<T extends Record<string, unknown>>(
  db: Knex,
  job: string,
  work: (now: Date) => Promise<T>,
  now = new Date(),
): Promise<T> {
  const [run] = await db('job_runs').insert({ job, status: 'running', started_at: now.toISOString() }, ['id']);
  const id = typeof run === 'object' ? (run as { id: number }).id : (run as number);
  try {
    const summary = await work(now);
    await db('job_runs')
      .where({ id })
      .update({ status: 'succeeded', finished_at: new Date().toISOString(), summary: JSON.stringify(summary) });
    return summary;
  } catch (error) {
    await db('job_runs')
      .where({ id })
      .update({ status: 'failed', finished_at: new Date().toISOString(), error: error instanceof Error ? error.message : String(error) });
    throw error;
  }
}
