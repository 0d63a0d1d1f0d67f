// The total of a list page (Content-Range), bounded: a list never counts more than
// TOTAL_BOUND + 1 of its matches (`SELECT count(*) FROM (SELECT 1 … LIMIT bound + 1)`), on both
// engines, filtered or not. At most `bound` matches the count is exact; past it the answer is
// "more than `bound`" (docs/BENCHMARKS.md, "Totals"): Content-Range carries the bound (or the end
// of the page asked for, if further) and the header `X-Total-Bounded: true` says it is a floor.
// The console turns that into react-admin's partial pagination ("1–25 of more than 10,000").
//
// A list's free-text search (`q`) is bounded too, tighter: the page is chosen and sorted among the
// first SEARCH_BOUND + 1 matches the engine yields (the search index's order), never among all of
// them, so a common name costs what a rare one does. Past the bound the result says "more than
// 1,000": refine the search (a sort over such a result is the sort of those first matches).
import type { Knex } from 'knex';

/**
 * The most matches a list's total counts. Counting 10,001 index entries costs about a millisecond
 * on either engine (docs/BENCHMARKS.md), and nobody pages through 400 pages of 25: beyond it a
 * filter is what an operator needs.
 */
export const TOTAL_BOUND = 10_000;

/**
 * The most matches of a free-text search (`q`) a list page is chosen from (and its total counts).
 * Each candidate is a row read to be sorted: 1,000 keep a common name's page near a rare one's.
 */
export const SEARCH_BOUND = 1_000;

export interface ListTotal {
  total: number;
  /** More than `total` rows match: `total` is a floor. */
  bounded: boolean;
}

/** The matches of `scope` (a query builder with its conditions and nothing selected), counted up to `bound` + 1. */
export async function boundedTotal(db: Knex, scope: Knex.QueryBuilder, bound: number): Promise<ListTotal> {
  const upTo = scope
    .clone()
    .select(db.raw('1'))
    .limit(bound + 1);
  const row = (await db.count({ total: '*' }).from(upTo.as('matches')).first()) as { total: number | string };
  return totalOf(Number(row.total), bound);
}

/** A count made up to `bound` + 1 as the total a list shows: itself, or the bound, flagged. */
const totalOf = (counted: number, bound: number): ListTotal =>
  counted <= bound ? { total: counted, bounded: false } : { total: bound, bounded: true };

/**
 * How long a whole table (a list with no filter and no search) known to hold more than TOTAL_BOUND
 * rows is taken to, without counting again: a minute. Such a table does not fall back under 10,000
 * rows in a minute (records are closed or anonymised, not deleted), and its first page is the list
 * every role opens first: counting 10,001 index entries was most of that page's work.
 */
export const WHOLE_TABLE_TTL_MS = 60_000;
const largeTables = new WeakMap<Knex, Map<string, number>>();

/** The total of a whole table's list: boundedTotal, remembered per process and database once past the bound. */
export async function wholeTableTotal(db: Knex, table: string, scope: Knex.QueryBuilder, now = Date.now()): Promise<ListTotal> {
  const knownAt = largeTables.get(db)?.get(table);
  if (knownAt !== undefined && now - knownAt < WHOLE_TABLE_TTL_MS) return { total: TOTAL_BOUND, bounded: true };
  const counted = await boundedTotal(db, scope, TOTAL_BOUND);
  if (counted.bounded) {
    if (!largeTables.has(db)) largeTables.set(db, new Map());
    largeTables.get(db)!.set(table, now);
  }
  return counted;
}

/**
 * A search's page and its total in one statement. Its candidates, the first SEARCH_BOUND + 1 rows matching
 * `scope` (its filters and its `q`) in the order the engine finds them, are found once (a materialised
 * CTE): the page sorts them, and the same statement counts them. `page` adds the columns, the order and
 * the range to a query of `table` restricted to the candidates.
 */
export async function searchPage(
  db: Knex,
  table: string,
  idColumn: string,
  scope: Knex.QueryBuilder,
  page: (candidates: Knex.QueryBuilder) => Knex.QueryBuilder,
  offset: number,
): Promise<ListTotal & { rows: Record<string, unknown>[] }> {
  const candidates = scope
    .clone()
    .select({ candidate_id: idColumn })
    .limit(SEARCH_BOUND + 1);
  const rows = (await page(
    db.withMaterialized('search_candidates', candidates).from(table).whereIn(idColumn, db('search_candidates').select('candidate_id')),
  ).select(db.raw('(SELECT count(*) FROM search_candidates) AS search_total'))) as Record<string, unknown>[];
  // A page past the last match has no row to carry the count: counted apart (rare: a stale page number).
  if (!rows.length && offset > 0) return { rows, ...(await boundedTotal(db, scope, SEARCH_BOUND)) };
  return { rows, ...totalOf(rows.length ? Number(rows[0]!.search_total) : 0, SEARCH_BOUND) };
}
