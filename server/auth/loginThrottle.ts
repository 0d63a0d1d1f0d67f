import type { Knex } from 'knex';
import { getSetting } from '../settings.ts';
import { isPostgres } from '../db/connection.ts';
import { toIso } from '../db/values.ts';
import { delayAfterFailures, FAILURE_MEMORY_MS, noticeDue, type ThrottleRules } from '../domain/staff/signIn.ts';

/** Who is trying: the login (an e-mail, known or not) and the client address (TRUST_PROXY decides which). */
export interface SignInAttempt {
  email: string;
  ip: string;
}

export type Reservation =
  { allowed: true; failures: number; noticeDue: boolean } | { allowed: false; until: Date; scope: 'account_address' | 'address' };

/** One login at one address: a stranger's failures elsewhere never delay the owner (issue 13, observation 3). */
export const accountKey = (a: SignInAttempt) => `account:${a.email.slice(0, 240)}|${a.ip}`;
export const addressKey = (a: SignInAttempt) => `address:${a.ip}`;
const accountPrefix = (email: string) => `account:${email.slice(0, 240)}|`;

export async function throttleRules(db: Knex): Promise<ThrottleRules> {
  return {
    maxFailures: await getSetting(db, 'login_max_failures'),
    maxDelayMinutes: await getSetting(db, 'login_lockout_minutes'),
    maxFailuresPerAddress: await getSetting(db, 'login_max_failures_per_address'),
    addressWindowMinutes: await getSetting(db, 'login_lockout_minutes'),
  };
}

const date = (v: unknown) => (v ? new Date(toIso(v)!) : null);

/**
 * Reserves one sign-in attempt (a password, or a second-factor code) before it is checked, counted
 * as a failure until it succeeds (`attemptSucceeded`), on two counters at once:
 * - the account at this address: after `login_max_failures` it waits 1, 2, 4… minutes between
 *   attempts (up to `login_lockout_minutes`); the count is forgotten a day after the last failure;
 * - the address, whatever the accounts: `login_max_failures_per_address` within
 *   `login_lockout_minutes`, then the address waits that long.
 * Both rows are locked for the count (PostgreSQL; SQLite has one writer), so parallel guesses
 * cannot pass the limits. `noticeDue`: this failure starts the delays (the staff member is told).
 */
export async function reserveAttempt(db: Knex, attempt: SignInAttempt, now = new Date()): Promise<Reservation> {
  const rules = await throttleRules(db);
  const keys = { account: accountKey(attempt), address: addressKey(attempt) };
  return db.transaction(async (trx) => {
    for (const key of Object.values(keys)) {
      await trx('login_throttle')
        .insert({ key, failures: 0, window_started_at: now.toISOString(), locked_until: null })
        .onConflict('key')
        .ignore();
    }
    const query = trx('login_throttle').whereIn('key', Object.values(keys)).orderBy('key');
    if (isPostgres(trx)) query.forUpdate();
    const rows = new Map(
      (await query).map((r: { key: string }) => [
        r.key,
        r as { key: string; failures: number; window_started_at: unknown; locked_until: unknown },
      ]),
    );
    const account = rows.get(keys.account)!;
    const address = rows.get(keys.address)!;
    for (const [scope, row] of [
      ['account_address', account],
      ['address', address],
    ] as const) {
      const until = date(row.locked_until);
      if (until && until > now) return { allowed: false as const, until, scope };
    }

    const accountFresh = account.failures === 0 || now.getTime() - date(account.window_started_at)!.getTime() > FAILURE_MEMORY_MS;
    const failures = (accountFresh ? 0 : account.failures) + 1;
    const delay = delayAfterFailures(failures, rules);
    await trx('login_throttle')
      .where({ key: keys.account })
      .update({
        failures,
        window_started_at: now.toISOString(),
        locked_until: delay ? new Date(now.getTime() + delay).toISOString() : null,
      });

    const windowMs = rules.addressWindowMinutes * 60_000;
    const addressStart = date(address.window_started_at)!;
    const addressFresh = address.failures === 0 || now.getTime() - addressStart.getTime() > windowMs;
    const addressFailures = (addressFresh ? 0 : address.failures) + 1;
    await trx('login_throttle')
      .where({ key: keys.address })
      .update({
        failures: addressFailures,
        window_started_at: (addressFresh ? now : addressStart).toISOString(),
        locked_until: addressFailures >= rules.maxFailuresPerAddress ? new Date(now.getTime() + windowMs).toISOString() : null,
      });
    return { allowed: true as const, failures, noticeDue: noticeDue(failures, rules) };
  });
}

/**
 * A right password or code: the attempt is taken off the address's count, and — once the sign-in is
 * complete — the login's count at this address ends. A right password with a second factor still to
 * come only lifts the wait it started (the code may follow at once) but keeps the count, so that
 * knowing the password does not reset the growing waits between code guesses.
 */
export async function attemptSucceeded(db: Knex, attempt: SignInAttempt, signInComplete = true): Promise<void> {
  if (signInComplete)
    await db('login_throttle')
      .where({ key: accountKey(attempt) })
      .delete();
  else
    await db('login_throttle')
      .where({ key: accountKey(attempt) })
      .update({ locked_until: null });
  await db('login_throttle')
    .where({ key: addressKey(attempt) })
    .where('failures', '>', 0)
    .update({ failures: db.raw('failures - 1') });
}

/** A sign-in completed without a counted attempt of its own (the set-up's first code): the login's count at this address ends. */
export async function signInCompleted(db: Knex, attempt: SignInAttempt): Promise<void> {
  await db('login_throttle')
    .where({ key: accountKey(attempt) })
    .delete();
}

/** An admin unlocks a staff member: every address's count for that login ends. */
export async function unlockLogin(db: Knex | Knex.Transaction, email: string): Promise<number> {
  const prefix = accountPrefix(email);
  return db('login_throttle').whereRaw('substr(?? , 1, ?) = ?', ['key', prefix.length, prefix]).delete();
}
