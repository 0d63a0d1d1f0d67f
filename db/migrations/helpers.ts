import type { Knex } from 'knex';

/** createdAt / updatedAt / version: every mutable record carries them (optimistic locking, SPEC §3). */
export function mutableRecord(t: Knex.CreateTableBuilder): void {
  t.timestamp('created_at', { useTz: true }).notNullable();
  t.timestamp('updated_at', { useTz: true }).notNullable();
  t.integer('version').notNullable().defaultTo(1);
  t.check('?? >= 1', ['version'], `${tableNameOf(t)}_version_positive`);
}

/** A CHECK that an integer column is >= 0 (money in cents, data in MB). */
export function nonNegative(t: Knex.CreateTableBuilder, ...columns: string[]): void {
  for (const c of columns) t.check(`?? >= 0`, [c], `${tableNameOf(t)}_${c}_non_negative`);
}

function tableNameOf(t: Knex.CreateTableBuilder): string {
  // The builder keeps its table name privately; constraint names only need to be unique.
  return (t as unknown as { _tableName: string })._tableName;
}

/**
 * Refuses UPDATE and DELETE on a table at the database itself, on both engines,
 * so an append-only record (ledger, audit log) cannot be rewritten even by SQL.
 */
export async function makeAppendOnly(knex: Knex, table: string): Promise<void> {
  if (isPostgres(knex)) {
    await knex.raw(`
      CREATE OR REPLACE FUNCTION kolet_refuse_mutation() RETURNS trigger AS $$
      BEGIN RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP; END;
      $$ LANGUAGE plpgsql`);
    await knex.raw(`CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table}
      FOR EACH ROW EXECUTE FUNCTION kolet_refuse_mutation()`);
    await knex.raw(`CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table}
      FOR EACH STATEMENT EXECUTE FUNCTION kolet_refuse_mutation()`);
  } else {
    await knex.raw(`CREATE TRIGGER ${table}_no_update BEFORE UPDATE ON ${table}
      BEGIN SELECT RAISE(ABORT, '${table} is append-only: UPDATE refused'); END`);
    await knex.raw(`CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table}
      BEGIN SELECT RAISE(ABORT, '${table} is append-only: DELETE refused'); END`);
  }
}

export async function dropAppendOnly(knex: Knex, table: string): Promise<void> {
  if (isPostgres(knex)) {
    await knex.raw(`DROP TRIGGER IF EXISTS ${table}_append_only ON ${table}`);
    await knex.raw(`DROP TRIGGER IF EXISTS ${table}_no_truncate ON ${table}`);
  } else {
    await knex.raw(`DROP TRIGGER IF EXISTS ${table}_no_update`);
    await knex.raw(`DROP TRIGGER IF EXISTS ${table}_no_delete`);
  }
}

export function isPostgres(knex: Knex): boolean {
  const client = knex.client.config.client as string;
  return client === 'pg' || client === 'postgres' || client === 'postgresql';
}

/** A partial unique index (both engines support `WHERE` on CREATE INDEX). */
export async function uniqueWhere(knex: Knex, name: string, table: string, columns: string[], where: string): Promise<void> {
  await knex.raw(`CREATE UNIQUE INDEX ${name} ON ${table} (${columns.join(', ')}) WHERE ${where}`);
}
