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
