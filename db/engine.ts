import type { Knex } from 'knex';

/**
 * The engine behind a Knex instance, transaction or query builder: PostgreSQL or SQLite.
 * The one test of it, shared by the migrations (which import nothing else of the live code:
 * which engine runs a statement never changes meaning) and the server.
 */
export function isPostgres(db: { client: Knex.Client }): boolean {
  const client = String(db.client.config.client);
  return client === 'pg' || client === 'postgres' || client === 'postgresql';
}
