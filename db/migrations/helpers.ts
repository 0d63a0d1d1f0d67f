import type { Knex } from 'knex';
import { isPostgres } from '../engine.ts';

export { isPostgres };

/** createdAt / updatedAt / version: every mutable record carries them (optimistic locking, docs/PRODUCT.md §3). */
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

/** A partial unique index (both engines support `WHERE` on CREATE INDEX). */
export async function uniqueWhere(knex: Knex, name: string, table: string, columns: string[], where: string): Promise<void> {
  await knex.raw(`CREATE UNIQUE INDEX ${name} ON ${table} (${columns.join(', ')}) WHERE ${where}`);
}

// ——— Changing a table after it was created ———————————————————————————————————————————
// Migrations are frozen: the values they write are literals, and a later change of a
// vocabulary is a new migration that calls one of these helpers (docs/ARCHITECTURE.md,
// "Changing the schema"). These helpers only ever gain options; their behaviour never changes.

/** For migrations that rebuild a SQLite table: SQLite cannot turn foreign keys off inside a transaction. */
export const OUTSIDE_TRANSACTION = { transaction: false } as const;

const quoteList = (values: readonly string[]) => values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ');

/** One change to a table's CHECK constraints; `changeChecks` applies several in one SQLite rebuild. */
export type CheckChange =
  { setValues: { column: string; values: readonly string[] } } | { add: { name: string; expression: string } } | { drop: string };

/**
 * Sets the values a column's CHECK (column IN (…)) accepts: widening (a new reason code) or
 * narrowing (a value retired). Narrowing is refused, naming the values, while rows still hold
 * one that would no longer be accepted. SQLite: table rebuild; PostgreSQL: drop and add.
 * The migration must export `config = OUTSIDE_TRANSACTION`.
 */
export const setCheckValues = (knex: Knex, table: string, column: string, values: readonly string[]) =>
  changeChecks(knex, table, [{ setValues: { column, values } }]);

/** Adds a named table CHECK (`expression` in SQL both engines read). Same transaction rule as setCheckValues. */
export const addCheck = (knex: Knex, table: string, name: string, expression: string) =>
  changeChecks(knex, table, [{ add: { name, expression } }]);

/** Drops a named table CHECK. */
export const dropCheck = (knex: Knex, table: string, name: string) => changeChecks(knex, table, [{ drop: name }]);

/** Several CHECK changes on one table: one rebuild on SQLite (a big table is copied once), one transaction on PostgreSQL. */
export async function changeChecks(knex: Knex, table: string, changes: readonly CheckChange[]): Promise<void> {
  for (const c of changes) {
    if (!('setValues' in c)) continue;
    const { column, values } = c.setValues;
    if (!values.length) throw new Error(`setCheckValues(${table}.${column}): at least one value`);
    const stray = await knex(table)
      .whereNotNull(column)
      .whereNotIn(column, values as string[])
      .distinct(column)
      .limit(10)
      .pluck(column);
    if (stray.length) throw new Error(`setCheckValues(${table}.${column}): rows still hold ${stray.join(', ')}; migrate them first`);
  }
  if (isPostgres(knex)) {
    await knex.transaction(async (trx) => {
      for (const c of changes) {
        if ('setValues' in c) {
          const { column, values } = c.setValues;
          const name = await postgresCheckOn(trx, table, column);
          if (name) await trx.raw('ALTER TABLE ?? DROP CONSTRAINT ??', [table, name]);
          await trx.raw(`ALTER TABLE ?? ADD CONSTRAINT ?? CHECK (?? IN (${quoteList(values)}))`, [
            table,
            `${table}_${column}_check`,
            column,
          ]);
        } else if ('add' in c) {
          await trx.raw(`ALTER TABLE ?? ADD CONSTRAINT ?? CHECK (${c.add.expression})`, [table, c.add.name]);
        } else {
          await trx.raw('ALTER TABLE ?? DROP CONSTRAINT IF EXISTS ??', [table, c.drop]);
        }
      }
    });
    return;
  }
  await rebuildSqliteTable(knex, table, (create) => changes.reduce((sql, c) => rewriteSqliteChecks(table, sql, c), create));
}

function rewriteSqliteChecks(table: string, sql: string, c: CheckChange): string {
  if ('setValues' in c) {
    const { column, values } = c.setValues;
    // knex writes `check (\`c\` in ('a', 'b'))`; its own table rebuilds write `CHECK (\`c\` in('a' , 'b'))`.
    const pattern = new RegExp(`check\\s*\\(\\s*\`${column}\`\\s+in\\s*\\((?:\\s*'(?:[^']|'')*'\\s*,?)*\\)\\s*\\)`, 'i');
    if (!pattern.test(sql)) throw new Error(`setCheckValues(${table}.${column}): no CHECK (${column} IN (…)) on this column`);
    return sql.replace(pattern, `check (\`${column}\` in (${quoteList(values)}))`);
  }
  if ('add' in c) return `${sql.replace(/\)\s*$/, '')}, constraint ${c.add.name} check (${c.add.expression}))`;
  const pattern = new RegExp(`,\\s*constraint ${c.drop} check \\((?:[^()]|\\((?:[^()]|\\((?:[^()]|\\([^()]*\\))*\\))*\\))*\\)`, 'i');
  if (!pattern.test(sql)) throw new Error(`dropCheck(${table}): no constraint ${c.drop}`);
  return sql.replace(pattern, '');
}

async function postgresCheckOn(trx: Knex.Transaction, table: string, column: string): Promise<string | null> {
  const { rows } = await trx.raw(
    `
    SELECT c.conname FROM pg_constraint c
    JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)
    WHERE c.conrelid = ?::regclass AND c.contype = 'c' AND a.attname = ? AND array_length(c.conkey, 1) = 1`,
    [table, column],
  );
  return (rows as { conname: string }[])[0]?.conname ?? null;
}

/**
 * SQLite's own procedure for a table change ALTER TABLE cannot make (sqlite.org/lang_altertable.html §7):
 * foreign keys off, one transaction that creates the new table, copies every row, drops the
 * old one, renames, and re-creates its indexes and triggers, then a foreign-key check.
 * The AUTOINCREMENT counter is kept, so ids are never reused.
 */
export async function rebuildSqliteTable(knex: Knex, table: string, rewrite: (createSql: string) => string): Promise<void> {
  if (knex.isTransaction)
    throw new Error(
      `rebuilding ${table}: export \`config = OUTSIDE_TRANSACTION\` from this migration (SQLite turns foreign keys off only outside a transaction)`,
    );
  const [{ foreign_keys: fkWasOn }] = await knex.raw('PRAGMA foreign_keys');
  await knex.raw('PRAGMA foreign_keys = OFF');
  try {
    await knex.transaction(async (trx) => {
      const objects: { type: string; name: string; sql: string | null }[] = await trx('sqlite_master')
        .where({ tbl_name: table })
        .select('type', 'name', 'sql');
      const create = objects.find((o) => o.type === 'table')?.sql;
      if (!create) throw new Error(`rebuilding ${table}: no such table`);
      const temp = `_rebuild_${table}`;
      const newSql = rewrite(create).replace(/^CREATE TABLE\s+(`[^`]+`|"[^"]+"|\S+)/i, `CREATE TABLE \`${temp}\``);
      const seq = (await trx.raw('SELECT seq FROM sqlite_sequence WHERE name = ?', [table]).catch(() => []))[0]?.seq as number | undefined;
      await trx.raw(newSql);
      await trx.raw(`INSERT INTO \`${temp}\` SELECT * FROM \`${table}\``);
      await trx.raw(`DROP TABLE \`${table}\``);
      await trx.raw(`ALTER TABLE \`${temp}\` RENAME TO \`${table}\``);
      for (const o of objects) if (o.type !== 'table' && o.sql) await trx.raw(o.sql); // auto-indexes have no SQL: the new table made its own
      if (seq !== undefined) await trx.raw('UPDATE sqlite_sequence SET seq = ? WHERE name = ?', [seq, table]);
      const broken = await trx.raw('PRAGMA foreign_key_check');
      if (broken.length) throw new Error(`rebuilding ${table}: foreign keys broken: ${JSON.stringify(broken.slice(0, 5))}`);
    });
  } finally {
    if (fkWasOn) await knex.raw('PRAGMA foreign_keys = ON');
  }
}
