// Several short lists in one statement: each list's newest rows as one JSON array (PostgreSQL's json_agg,
// SQLite's json_group_array) beside its count, so that a page made of many small lists (the customer 360)
// costs one round trip to the database instead of one or two per list. Each list stays an index range of
// its own table, as it would be alone: only the transport changes.
import type { Knex } from 'knex';
import { isPostgres } from './connection.ts';

export interface ShortList {
  /** The table (or a sub-select with an alias) the rows come from, with the list's conditions and nothing selected. */
  scope: Knex.QueryBuilder;
  /** The columns each row carries. */
  columns: readonly string[];
  /** Newest first by this column, then by id (both descending). */
  newestBy: string;
  limit: number;
  /** What to count when not `scope` itself (a cheaper selection of the same rows). */
  countScope?: Knex.QueryBuilder;
}

export interface ListRows {
  rows: Record<string, unknown>[];
  /** How many rows the list holds in all (its count, not the rows returned). */
  total: number;
}

/** The lists, keyed as given, read in one statement. */
export async function listsInOneStatement<K extends string>(db: Knex, lists: Record<K, ShortList>): Promise<Record<K, ListRows>> {
  const keys = Object.keys(lists) as K[];
  if (!keys.length) return {} as Record<K, ListRows>;
  const pg = isPostgres(db);
  const selections = keys.flatMap((key, i) => {
    const l = lists[key];
    const columns = l.columns.includes(l.newestBy) ? [...l.columns] : [...l.columns, l.newestBy];
    const newest = l.scope.clone().select(columns).orderBy(l.newestBy, 'desc').orderBy('id', 'desc').limit(l.limit);
    const rows = pg
      ? db.raw(`(SELECT coalesce(json_agg(newest ORDER BY newest.?? DESC, newest.id DESC), '[]'::json) FROM ? AS newest) AS ??`, [
          l.newestBy,
          newest,
          `rows_${i}`,
        ])
      : db.raw(
          `(SELECT json_group_array(json_object(${columns.map(() => '?, newest.??').join(', ')}) ORDER BY newest.?? DESC, newest.id DESC) FROM ? AS newest) AS ??`,
          [...columns.flatMap((c) => [c, c]), l.newestBy, newest, `rows_${i}`],
        );
    const total = db.raw('(?) AS ??', [(l.countScope ?? l.scope).clone().count({ n: '*' }), `total_${i}`]);
    return [rows, total];
  });
  const row = (await db.select(selections).first()) as Record<string, unknown>;
  const out = {} as Record<K, ListRows>;
  keys.forEach((key, i) => {
    const raw = row[`rows_${i}`];
    out[key] = {
      rows: (typeof raw === 'string' ? JSON.parse(raw) : raw) as Record<string, unknown>[],
      total: Number(row[`total_${i}`]),
    };
  });
  return out;
}
