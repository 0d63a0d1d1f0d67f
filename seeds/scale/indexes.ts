// Bulk-load practice: drop the secondary indexes of the tables being filled, load, then
// build each index once over the sorted data, instead of updating every index at every
// row (a random e-mail per row touches a random page of accounts_email_unique). Indexes
// that back a PostgreSQL constraint (primary keys, unique constraints) stay.
import type { Knex } from 'knex';
import { isPostgres } from '../../server/db/connection.ts';

export interface IndexDef {
  name: string;
  sql: string;
}

export async function secondaryIndexes(db: Knex, tables: string[]): Promise<IndexDef[]> {
  if (isPostgres(db)) {
    const { rows } = (await db.raw(
      `SELECT i.indexname AS name, i.indexdef AS sql FROM pg_indexes i
        WHERE i.schemaname = current_schema() AND i.tablename = ANY(?)
          AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
      [tables],
    )) as { rows: IndexDef[] };
    return rows;
  }
  return (await db('sqlite_master')
    .where({ type: 'index' })
    .whereIn('tbl_name', tables)
    .whereNotNull('sql')
    .select('name', 'sql')) as IndexDef[];
}

export async function dropIndexes(db: Knex, indexes: IndexDef[]): Promise<void> {
  for (const i of indexes) await db.raw(`DROP INDEX IF EXISTS ${i.name}`);
}

export async function createIndexes(db: Knex, indexes: IndexDef[], log: (line: string) => void): Promise<void> {
  if (isPostgres(db)) await db.raw("SET maintenance_work_mem = '512MB'");
  for (const [n, i] of indexes.entries()) {
    const started = Date.now();
    await db.raw(i.sql);
    log(`seed:scale index ${n + 1}/${indexes.length} ${i.name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }
}

/**
 * SQLite's search indexes (migration 021) are FTS5 tables kept by triggers, row by row. For the
 * load the triggers go, and each index is rebuilt once from its table at the end (PostgreSQL's
 * trigram indexes are plain GIN indexes: secondaryIndexes already drops and rebuilds them).
 */
export async function searchTriggers(db: Knex, tables: string[]): Promise<IndexDef[]> {
  if (isPostgres(db)) return [];
  const triggers = (await db('sqlite_master').where({ type: 'trigger' }).whereIn('tbl_name', tables).select('name', 'sql')) as IndexDef[];
  return triggers.filter((t) => /_search_a[idu]$/.test(t.name));
}

export async function dropTriggers(db: Knex, triggers: IndexDef[]): Promise<void> {
  for (const t of triggers) await db.raw(`DROP TRIGGER IF EXISTS ${t.name}`);
}

export async function rebuildSearch(db: Knex, triggers: IndexDef[], log: (line: string) => void): Promise<void> {
  const tables = [...new Set(triggers.map((t) => t.name.replace(/_a[idu]$/, '')))];
  for (const fts of tables) {
    const started = Date.now();
    await db.raw(`INSERT INTO ${fts}(${fts}) VALUES ('rebuild')`);
    log(`seed:scale search index ${fts} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }
  for (const t of triggers) await db.raw(t.sql);
}
