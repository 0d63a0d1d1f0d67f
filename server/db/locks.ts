import type { Knex } from 'knex';
import { isPostgres } from './connection.ts';

/**
 * Locks the selected rows for the rest of the transaction on PostgreSQL
 * (`SELECT … FOR UPDATE`). SQLite needs nothing: it has one writer, and our
 * pool of one connection runs transactions one after another.
 */
export function forUpdate<T extends Knex.QueryBuilder>(trx: Knex.Transaction, qb: T): T {
  return (isPostgres(trx) ? qb.forUpdate() : qb) as T;
}

const STAFF_CHANGES_LOCK = 0x6b6f_6c01; // any fixed number of ours

/**
 * Serialises changes to staff roles and status for the rest of the transaction (PostgreSQL: a
 * transaction-level advisory lock; SQLite: its single writer already does), so that a rule over
 * all staff ("one active admin remains") is checked on what the others committed.
 */
export async function serialiseStaffChanges(trx: Knex.Transaction): Promise<void> {
  if (isPostgres(trx)) await trx.raw('SELECT pg_advisory_xact_lock(?)', [STAFF_CHANGES_LOCK]);
}
