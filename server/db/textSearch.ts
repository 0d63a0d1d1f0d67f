// Substring search through each engine's own index (migration 021, docs/SEARCH.md):
// SQLite's FTS5 trigram tables `<table>_search` (kept by triggers), PostgreSQL's pg_trgm GIN
// indexes on `kolet_fold(column)`. The terms come folded (foldText) and at least 3 characters
// long (searchTerms): both indexes fold case and accents the same way on the stored side.
import type { Knex } from 'knex';
import { isPostgres } from './connection.ts';
import { likePattern } from '../rest/resource.ts';

/** The tables with a search index, and the columns it covers. */
export const SEARCH_INDEXED: Record<string, readonly string[]> = {
  accounts: ['email', 'name'],
  esims: ['iccid'],
  orders: ['payment_reference'],
  transfers: ['recipient_email'],
  refunds: ['payout_reference'],
  dsa_notices: ['reference'],
};

const ftsOf = (table: string) => `${table}_search`;

/**
 * PostgreSQL: columns searched together through one trigram index on their folded values joined by a
 * space (migration 032), so that a name's two words are one index scan, not four (a term never holds a
 * space: it cannot match across two columns). The expression is the index's, word for word.
 */
const PG_SEARCHED_TOGETHER: Record<string, readonly string[]> = { accounts: ['email', 'name'] };

function pgJoinedFold(table: string, columns: readonly string[], prefix: string): string | null {
  const together = PG_SEARCHED_TOGETHER[table];
  if (!together || together.length !== columns.length || together.some((c, i) => c !== columns[i])) return null;
  return `(${together.map((c) => `coalesce(kolet_fold(${prefix}${c}), '')`).join(" || ' ' || ")})`;
}

function checkColumns(table: string, columns: readonly string[]): void {
  const indexed = SEARCH_INDEXED[table];
  if (!indexed || columns.some((c) => !indexed.includes(c))) throw new Error(`no search index on ${table}(${columns.join(', ')})`);
}

/** An FTS5 query: every term, each in any of the columns (`{email name} : ("sophie" AND "bernard")`). */
export function ftsQuery(columns: readonly string[], terms: readonly string[]): string {
  const phrases = terms.map((t) => `"${t.replace(/"/g, '""')}"`).join(' AND ');
  return `{${columns.join(' ')}} : (${phrases})`;
}

/**
 * `idColumn IN (the rows whose columns contain every term)`: for a list's `q`. On PostgreSQL each
 * term is a `kolet_fold(column) LIKE '%term%'` served by the GIN index (a bitmap OR over columns).
 */
export function whereContains(
  qb: Knex.QueryBuilder,
  table: string,
  idColumn: string,
  columns: readonly string[],
  terms: readonly string[],
  or = false,
): Knex.QueryBuilder {
  checkColumns(table, columns);
  if (!terms.length) return or ? qb.orWhereRaw('1 = 0') : qb.whereRaw('1 = 0');
  if (isPostgres(qb)) {
    const prefix = idColumn.includes('.') ? `${idColumn.slice(0, idColumn.lastIndexOf('.'))}.` : '';
    const joined = pgJoinedFold(table, columns, prefix);
    const all = (w: Knex.QueryBuilder) => {
      for (const term of terms) {
        if (joined) w.whereRaw(`${joined} LIKE ? ESCAPE '\\'`, [likePattern(term, 'contains')]);
        else
          w.where((any) => {
            for (const c of columns) any.orWhereRaw(`kolet_fold(${prefix}${c}) LIKE ? ESCAPE '\\'`, [likePattern(term, 'contains')]);
          });
      }
    };
    return or ? qb.orWhere(all) : qb.where(all);
  }
  const fts = ftsOf(table);
  const sub = (s: Knex.QueryBuilder) =>
    s
      .select('rowid')
      .from(fts)
      .whereRaw(`${fts} MATCH ?`, [ftsQuery(columns, terms)]);
  return or ? qb.orWhereIn(idColumn, sub) : qb.whereIn(idColumn, sub);
}

/**
 * Up to `limit` ids of `table` whose columns contain every term (newest first on SQLite, where the
 * index walks ids backwards and stops at the limit), optionally ending with `endsWith` (an ICCID's
 * last digits). For the search box: it ranks the few it gets (rankResults).
 */
export async function containingIds(
  db: Knex,
  table: string,
  columns: readonly string[],
  terms: readonly string[],
  limit: number,
  endsWith?: { column: string; suffix: string },
): Promise<number[]> {
  checkColumns(table, columns);
  if (!terms.length) return [];
  let rows: { id: number }[];
  if (isPostgres(db)) {
    const qb = db(table).select('id').limit(limit);
    whereContains(qb, table, 'id', columns, terms);
    if (endsWith)
      qb.whereRaw(`kolet_fold(${endsWith.column}) LIKE ? ESCAPE '\\'`, [`%${likePattern(endsWith.suffix, 'prefix').slice(0, -1)}`]);
    rows = await qb;
  } else {
    const fts = ftsOf(table);
    const qb = db(fts)
      .select(`${fts}.rowid as id`)
      .whereRaw(`${fts} MATCH ?`, [ftsQuery(columns, terms)])
      .orderBy(`${fts}.rowid`, 'desc')
      .limit(limit);
    if (endsWith)
      qb.join(`${table} as t`, 't.id', `${fts}.rowid`).whereRaw(`t.${endsWith.column} LIKE ? ESCAPE '\\'`, [
        `%${likePattern(endsWith.suffix, 'prefix').slice(0, -1)}`,
      ]);
    rows = await qb;
  }
  return rows.map((r) => Number(r.id));
}
