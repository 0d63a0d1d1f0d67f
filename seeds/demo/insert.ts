// Writes built rows: instants as ISO 8601 UTC strings, JSON columns as text, build-time
// fields (`_…`) dropped; batched to stay under SQLite's bound-parameter limit.
import type { Knex } from 'knex';
import { isPostgres } from '../../server/db/connection.ts';
import type { Row, Table } from './world.ts';

const TIMESTAMPS = new Set([
  'activate_by',
  'retain_until',
  'delete_after',
  'effective_from',
  'valid_from',
  'valid_until',
  'locked_until',
  'deadline_at',
]);
const isTimestamp = (column: string): boolean => column.endsWith('_at') || TIMESTAMPS.has(column);
/** Columns that may lie in the future: deadlines and ends of validity. */
const FUTURE_OK = new Set([
  'ends_at',
  'expires_at',
  'decision_due_at',
  'payout_due_at',
  'next_attempt_at',
  'activate_by',
  'retain_until',
  'delete_after',
  'valid_until',
  'locked_until',
  'deadline_at',
]);
/** Tables whose primary key is not a serial `id`. */
const NO_SERIAL = new Set(['countries', 'sor_submissions', 'sor_submission_items']);

export function toDbRow(row: object, now: number, table: string): Row {
  const out: Row = {};
  for (const [column, value] of Object.entries(row as Row)) {
    if (column.startsWith('_')) continue;
    if (value === undefined) out[column] = null;
    else if (typeof value === 'number' && isTimestamp(column)) {
      if (value > now && !FUTURE_OK.has(column))
        throw new Error(`demo seed: ${table}.${column} is in the future (${new Date(value).toISOString()})`);
      out[column] = new Date(value).toISOString();
    } else if (value !== null && typeof value === 'object') out[column] = JSON.stringify(value);
    else out[column] = value;
  }
  return out;
}

export async function insertTables(trx: Knex.Transaction, tables: Table[], now: number): Promise<Record<string, number>> {
  const pg = isPostgres(trx);
  const size = pg ? 1000 : 200;
  const counts: Record<string, number> = {};
  for (const [table, rows] of tables) {
    const dbRows = rows.map((r) => toDbRow(r, now, table));
    for (let i = 0; i < dbRows.length; i += size) await trx(table).insert(dbRows.slice(i, i + size));
    // Ids were chosen by the seed: move the sequence past them so the application's inserts do not collide.
    if (pg && dbRows.length && !NO_SERIAL.has(table)) {
      await trx.raw(`SELECT setval(pg_get_serial_sequence('${table}', 'id'), (SELECT MAX(id) FROM ${table}))`);
    }
    counts[table] = dbRows.length;
  }
  return counts;
}
