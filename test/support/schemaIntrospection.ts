// What a migrated database's schema says, read back from the engine itself: the values each
// CHECK (column IN (…)) accepts, and a normalised description of every table for the snapshot.
import type { Knex } from 'knex';
import { isPostgres } from '../../server/db/connection.ts';

const unquote = (list: string) => [...list.matchAll(/'((?:[^']|'')*)'/g)].map((m) => m[1]!.replace(/''/g, "'"));

/** `table.column` → the values its CHECK (column IN (…)) accepts. */
export async function checkedVocabularies(db: Knex): Promise<Map<string, string[]>> {
  const found = new Map<string, string[]>();
  if (isPostgres(db)) {
    const { rows } = await db.raw(`
      SELECT t.relname AS tbl, a.attname AS col, pg_get_constraintdef(c.oid) AS def
      FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace
      JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)
      WHERE c.contype = 'c' AND n.nspname = current_schema() AND array_length(c.conkey, 1) = 1`);
    for (const r of rows as { tbl: string; col: string; def: string }[]) {
      const m = /= ANY \(\(?ARRAY\[(.*)\]\)?/.exec(r.def);
      if (m) found.set(`${r.tbl}.${r.col}`, unquote(m[1]!));
    }
    return found;
  }
  const tables: { name: string; sql: string }[] = await db('sqlite_master').where({ type: 'table' }).select('name', 'sql');
  for (const t of tables) {
    for (const m of (t.sql ?? '').matchAll(/check\s*\(\s*`(\w+)`\s+in\s*\(((?:\s*'(?:[^']|'')*'\s*,?)*)\)\s*\)/gi))
      found.set(`${t.name}.${m[1]}`, unquote(m[2]!));
  }
  return found;
}

/** Every table, column, constraint, index and trigger, one per line, sorted: a schema to diff. */
export async function describeSchema(db: Knex): Promise<string> {
  const lines: string[] = [];
  if (isPostgres(db)) {
    const cols = await db.raw(`SELECT table_name, column_name, data_type, character_maximum_length AS len, is_nullable, column_default
      FROM information_schema.columns WHERE table_schema = current_schema() AND table_name NOT LIKE 'knex_%' ORDER BY table_name, ordinal_position`);
    for (const c of cols.rows)
      lines.push(
        `column ${c.table_name}.${c.column_name} ${c.data_type}${c.len ? `(${c.len})` : ''}${c.is_nullable === 'NO' ? ' not null' : ''}${c.column_default ? ` default ${c.column_default}` : ''}`,
      );
    const cons = await db.raw(`SELECT t.relname AS tbl, c.conname, pg_get_constraintdef(c.oid) AS def FROM pg_constraint c
      JOIN pg_class t ON t.oid = c.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace
      WHERE n.nspname = current_schema() AND t.relname NOT LIKE 'knex_%' ORDER BY t.relname, c.conname`);
    for (const c of cons.rows) lines.push(`constraint ${c.tbl}.${c.conname} ${c.def}`);
    const idx = await db.raw(
      `SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() AND tablename NOT LIKE 'knex_%' ORDER BY tablename, indexname`,
    );
    for (const i of idx.rows) lines.push(`index ${i.tablename}.${i.indexname} ${i.indexdef.replace(/ ON [\w.]+\./, ' ON ')}`);
    const trg =
      await db.raw(`SELECT c.relname AS tbl, t.tgname, pg_get_triggerdef(t.oid) AS def FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace WHERE NOT t.tgisinternal AND n.nspname = current_schema() ORDER BY c.relname, t.tgname`);
    for (const t of trg.rows) lines.push(`trigger ${t.tbl}.${t.tgname} ${t.def.replace(/ ON [\w.]+\./, ' ON ')}`);
    return `${lines.join('\n')}\n`;
  }
  const objects: { type: string; name: string; tbl_name: string; sql: string | null }[] = await db('sqlite_master')
    .whereNot('name', 'like', 'sqlite_%')
    .whereNot('tbl_name', 'like', 'knex_%')
    .whereNotNull('sql')
    .orderBy(['tbl_name', 'type', 'name'])
    .select('type', 'name', 'tbl_name', 'sql');
  for (const o of objects)
    lines.push(
      `${o.type} ${o.tbl_name}.${o.name} ${o.sql!.replace(/\s+/g, ' ').replace(/^CREATE TABLE ("|`)?\w+("|`)?/i, 'CREATE TABLE')}`,
    );
  return `${lines.join('\n')}\n`;
}
