// The query-plan check: every statement a request ran, explained by the database, and
// flagged when it reads a big table from end to end (a missing index). SQLite: a bare
// "SCAN <table>" in EXPLAIN QUERY PLAN. PostgreSQL: a "Seq Scan" that remains with
// enable_seqscan off (the planner falls back to one only when no index can serve).
import type { Knex } from 'knex';
import { isPostgres } from '../server/db/connection.ts';

/** The tables the scale data set fills; a full scan of any of them is too slow at 1,000,000 accounts. */
export const BIG_TABLES = new Set([
  'accounts',
  'esims',
  'orders',
  'account_plans',
  'transfers',
  'usage_records',
  'data_ledger',
  'refunds',
  'reviews',
  'review_reports',
  'dsa_notices',
]);

export interface Statement {
  sql: string;
  bindings: unknown[];
}
export interface FullScan {
  table: string;
  sql: string;
  plan: string;
}

/** Runs `fn` and returns the statements it sent (each distinct text once). */
export async function captureStatements(db: Knex, fn: () => Promise<void>): Promise<Statement[]> {
  const seen = new Map<string, Statement>();
  const listener = (q: { sql: string; bindings?: unknown[] }) => {
    if (!seen.has(q.sql)) seen.set(q.sql, { sql: q.sql, bindings: q.bindings ?? [] });
  };
  db.on('query', listener);
  try {
    await fn();
  } finally {
    db.removeListener('query', listener);
  }
  return [...seen.values()].filter((s) => /^\s*(select|with)\b/i.test(s.sql));
}

/** `alias -> table` from the FROM and JOIN clauses of a statement. */
function aliases(sql: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of sql.matchAll(/\b(?:from|join)\s+[`"]?(\w+)[`"]?(?:\s+(?:as\s+)?[`"]?(\w+)[`"]?)?/gi)) {
    map.set(m[1]!, m[1]!);
    if (m[2] && !/^(where|on|inner|left|join|order|group|limit|union)$/i.test(m[2])) map.set(m[2], m[1]!);
  }
  return map;
}

async function sqlitePlan(db: Knex, s: Statement): Promise<string[]> {
  const rows = (await db.raw(`EXPLAIN QUERY PLAN ${s.sql}`, s.bindings as Knex.RawBinding[])) as { detail: string }[];
  return rows.map((r) => r.detail);
}

interface PgNode {
  'Node Type': string;
  'Relation Name'?: string;
  Plans?: PgNode[];
}

async function pgPlan(trx: Knex.Transaction, s: Statement): Promise<PgNode> {
  const sql = s.sql.replace(/\$\d+/g, '?');
  const result = (await trx.raw(`EXPLAIN (FORMAT JSON) ${sql}`, s.bindings as Knex.RawBinding[])) as {
    rows: { 'QUERY PLAN': { Plan: PgNode }[] }[];
  };
  return result.rows[0]!['QUERY PLAN'][0]!.Plan;
}

export async function fullScans(db: Knex, statements: Statement[]): Promise<FullScan[]> {
  const found: FullScan[] = [];
  if (isPostgres(db)) {
    await db.transaction(async (trx) => {
      await trx.raw('SET LOCAL enable_seqscan = off');
      for (const s of statements) {
        const walk = (n: PgNode): void => {
          if (n['Node Type'] === 'Seq Scan' && n['Relation Name'] && BIG_TABLES.has(n['Relation Name']))
            found.push({ table: n['Relation Name'], sql: s.sql, plan: 'Seq Scan' });
          n.Plans?.forEach(walk);
        };
        walk(await pgPlan(trx, s));
      }
    });
    return found;
  }
  for (const s of statements) {
    const names = aliases(s.sql);
    for (const detail of await sqlitePlan(db, s)) {
      const m = /^SCAN (\w+)(?: AS (\w+))?$/.exec(detail.trim());
      if (!m) continue;
      const table = names.get(m[2] ?? m[1]!) ?? m[1]!;
      if (BIG_TABLES.has(table)) found.push({ table, sql: s.sql, plan: detail });
    }
  }
  return found;
}

/** Like captureStatements, but every statement sent, repeats included (to count them). */
export async function captureAll(db: Knex, fn: () => Promise<void>): Promise<Statement[]> {
  const seen: Statement[] = [];
  const uids = new Set<string>();
  const listener = (q: { sql: string; bindings?: unknown[]; __knexQueryUid?: string }) => {
    if (q.__knexQueryUid && uids.has(q.__knexQueryUid)) return;
    if (q.__knexQueryUid) uids.add(q.__knexQueryUid);
    seen.push({ sql: q.sql, bindings: q.bindings ?? [] });
  };
  db.on('query', listener);
  try {
    await fn();
  } finally {
    db.removeListener('query', listener);
  }
  return seen;
}

/**
 * The parts of a statement's plan that read a table other than by a range of an index (any table,
 * small or big): SQLite's "SCAN <table>" (a derived table, a subquery's rows, is fine); PostgreSQL's
 * Seq Scan, or an index walked from end to end (no Index Cond), with sequential scans discouraged.
 */
export async function indexRangesOnly(db: Knex, s: Statement): Promise<string[]> {
  const found: string[] = [];
  if (isPostgres(db)) {
    await db.transaction(async (trx) => {
      await trx.raw('SET LOCAL enable_seqscan = off');
      const walk = (n: PgNode & { 'Index Cond'?: string; 'Index Name'?: string }): void => {
        const t = n['Node Type'];
        if (n['Relation Name'] && t === 'Seq Scan') found.push(`Seq Scan on ${n['Relation Name']}`);
        if (n['Relation Name'] && /Index/.test(t) && !n['Index Cond']) found.push(`${t} on ${n['Relation Name']} without a range`);
        n.Plans?.forEach(walk);
      };
      walk(await pgPlan(trx, s));
    });
    return found;
  }
  const names = aliases(s.sql);
  for (const detail of await sqlitePlan(db, s)) {
    const m = /^SCAN (\w+)(?: AS (\w+))?/.exec(detail.trim());
    if (!m) continue;
    const table = names.get(m[2] ?? m[1]!);
    if (table) found.push(detail);
  }
  return found;
}
