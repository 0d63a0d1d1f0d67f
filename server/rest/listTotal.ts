// The total of a list page (Content-Range). Filtered totals are exact counts, served by
// the same index as the page. An unfiltered total over a big table would count every row
// on each page view, so above ESTIMATE_ABOVE rows it is an estimate (docs/BENCHMARKS.md):
// PostgreSQL's planner statistic, SQLite's span of ids (rows of these tables are never
// deleted, so the span is exact there until a row is).
import type { Knex } from 'knex';
import { isPostgres } from '../db/connection.ts';

export const ESTIMATE_ABOVE = 1_000_000;

export interface ListTotal {
  total: number;
  estimated: boolean;
}

async function estimatedRows(db: Knex, table: string, idColumn: string): Promise<number | null> {
  if (isPostgres(db)) {
    const { rows } = (await db.raw('SELECT reltuples AS n FROM pg_class WHERE oid = to_regclass(?)', [table])) as { rows: { n: number }[] };
    const n = Number(rows[0]?.n ?? -1);
    return n >= 0 ? Math.round(n) : null; // -1: never analysed
  }
  // Two sub-selects: SQLite answers a lone min() or max() from the index, not both in one select.
  const [row] = (await db.raw(`SELECT (SELECT max(${idColumn}) FROM ${table}) - (SELECT min(${idColumn}) FROM ${table}) + 1 AS n`)) as {
    n: number | null;
  }[];
  return row?.n ?? 0;
}

export async function listTotal(
  db: Knex,
  table: string,
  idColumn: string,
  unfiltered: boolean,
  exact: () => Promise<number>,
  estimateAbove = ESTIMATE_ABOVE,
): Promise<ListTotal> {
  if (unfiltered) {
    const estimate = await estimatedRows(db, table, idColumn);
    if (estimate !== null && estimate > estimateAbove) return { total: estimate, estimated: true };
  }
  return { total: await exact(), estimated: false };
}
