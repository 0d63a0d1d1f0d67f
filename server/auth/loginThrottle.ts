import type { Knex } from 'knex';
import { getSetting } from '../settings.ts';
import { isPostgres } from '../db/connection.ts';
import { toIso } from '../db/values.ts';

/**
 * Reserves one sign-in attempt for a login key (an e-mail) before its password is
 * checked, counted as a failure until the sign-in succeeds (`clearFailures`). After
 * `login_max_failures` attempts within the lockout window the key is locked for
 * `login_lockout_minutes`. Attempts are counted one after the other (a row lock on
 * PostgreSQL, the single writer on SQLite), so parallel guesses cannot get past the
 * limit: the answer is `allowed: false` once the key is locked; `last` says that this
 * attempt locked it, should it fail.
 */
export async function reserveAttempt(db: Knex, key: string, now = new Date()): Promise<{ allowed: true; last: boolean } | { allowed: false; until: Date }> {
  const max = await getSetting(db, 'login_max_failures');
  const windowMs = (await getSetting(db, 'login_lockout_minutes')) * 60_000;
  return db.transaction(async (trx) => {
    await trx('login_throttle').insert({ key, failures: 0, window_started_at: now.toISOString(), locked_until: null }).onConflict('key').ignore();
    const query = trx('login_throttle').where({ key }).first();
    if (isPostgres(trx)) query.forUpdate();
    const row = await query;
    const until = row.locked_until ? new Date(toIso(row.locked_until)!) : null;
    if (until && until > now) return { allowed: false, until };
    const windowStart = new Date(toIso(row.window_started_at)!);
    // A first attempt, a lockout that has ended, or an old window: counting starts again.
    const fresh = row.failures === 0 || until !== null || now.getTime() - windowStart.getTime() > windowMs;
    const failures = (fresh ? 0 : row.failures) + 1;
    const last = failures >= max;
    await trx('login_throttle').where({ key }).update({
      failures,
      window_started_at: (fresh ? now : windowStart).toISOString(),
      locked_until: last ? new Date(now.getTime() + windowMs).toISOString() : null,
    });
    return { allowed: true, last };
  });
}

export async function clearFailures(db: Knex, key: string): Promise<void> {
  await db('login_throttle').where({ key }).delete();
}
