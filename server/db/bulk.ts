import type { Knex } from 'knex';
import { isPostgres } from './connection.ts';

type Value = string | number | boolean | null;

/** Rows per statement: within SQLite's bound on parameters (32,766) and PostgreSQL's (65,535). */
const MAX_PARAMETERS = 30_000;

/**
 * One multi-row `INSERT … VALUES (…), (…)` per chunk, the same SQL on both engines (Knex writes
 * SQLite's as a compound SELECT, bounded at 500 rows and slower). Optionally skips rows whose
 * `onConflictIgnore` column is already taken, and returns the `returning` columns of the rows inserted.
 */
export async function insertMany(
  trx: Knex | Knex.Transaction,
  table: string,
  rows: Record<string, Value>[],
  o: { returning?: string[]; onConflictIgnore?: string } = {},
): Promise<Record<string, unknown>[]> {
  if (!rows.length) return [];
  const columns = Object.keys(rows[0]!);
  const size = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  const out: Record<string, unknown>[] = [];
  for (let i = 0; i < rows.length; i += size) {
    const chunk = rows.slice(i, i + size);
    const sql =
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${chunk.map(() => tuple).join(', ')}` +
      (o.onConflictIgnore ? ` ON CONFLICT (${o.onConflictIgnore}) DO NOTHING` : '') +
      (o.returning?.length ? ` RETURNING ${o.returning.join(', ')}` : '');
    const bindings = chunk.flatMap((r) => columns.map((c) => r[c] ?? null));
    const result = await trx.raw(sql, bindings);
    if (o.returning?.length) out.push(...((isPostgres(trx) ? result.rows : result) as Record<string, unknown>[]));
  }
  return out;
}
