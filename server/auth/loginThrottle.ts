import type { Knex } from 'knex';
import { getSetting } from '../settings.ts';
import { toIso } from '../db/values.ts';

/** Whether this login key (an e-mail) is locked out now, and until when. */
export async function lockedUntil(db: Knex, key: string, now = new Date()): Promise<Date | null> {
  const row = await db('login_throttle').where({ key }).first();
  const until = row?.locked_until ? new Date(toIso(row.locked_until)!) : null;
  return until && until > now ? until : null;
}

/**
 * Counts a failed login. After `login_max_failures` failures within the lockout
 * window, the key is locked for `login_lockout_minutes`.
 */
export async function recordFailure(db: Knex, key: string, now = new Date()): Promise<{ locked: boolean }> {
  const max = await getSetting(db, 'login_max_failures');
  const windowMs = (await getSetting(db, 'login_lockout_minutes')) * 60_000;
  return db.transaction(async (trx) => {
    const row = await trx('login_throttle').where({ key }).first();
    const windowStart = row ? new Date(toIso(row.window_started_at)!) : now;
    const fresh = !row || now.getTime() - windowStart.getTime() > windowMs;
    const failures = fresh ? 1 : row.failures + 1;
    const locked = failures >= max;
    const values = {
      failures,
      window_started_at: (fresh ? now : windowStart).toISOString(),
      locked_until: locked ? new Date(now.getTime() + windowMs).toISOString() : null,
    };
    if (row) await trx('login_throttle').where({ key }).update(values);
    else await trx('login_throttle').insert({ key, ...values });
    return { locked };
  });
}

export async function clearFailures(db: Knex, key: string): Promise<void> {
  await db('login_throttle').where({ key }).delete();
}
