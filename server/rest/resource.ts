import type { Knex } from 'knex';
import { isPostgres } from '../db/connection.ts';
import type { z } from 'zod';
import type { Actor } from '../domain/actor.ts';
import type { PersonalKind } from '../domain/accounts/masking.ts';
import type { ResourceName } from '../domain/permissions.ts';
import type { FieldDef } from './fields.ts';

export interface WriteContext {
  trx: Knex.Transaction;
  actor: Actor;
  now: Date;
  /** The caller's session (staff), kept when a change ends the other sessions of a person. */
  sessionId?: string;
}

/**
 * Everything the generic resource router needs to serve one resource: its table,
 * the readable fields (with their sortable/filterable whitelists), free-text
 * search, and — only where CRUD writes are offered — the zod schemas of the
 * writable fields and the hooks that keep the domain's rules.
 */
export interface ResourceDef {
  name: ResourceName;
  table: string;
  idColumn: string;
  idType: 'int' | 'text';
  fields: Record<string, FieldDef>;
  defaultSort: [string, 'ASC' | 'DESC'];
  search?: (qb: Knex.QueryBuilder, q: string) => void;
  /** Tie-breakers after a sort field, e.g. a queue sorted by severity, then by report count. */
  thenBy?: Record<string, { column: string; order: 'asc' | 'desc' }[]>;
  /** Filters on related records, by name (text values only), e.g. `senderEmail` on transfers. */
  customFilters?: Record<string, (qb: Knex.QueryBuilder, value: string) => void>;
  /** The personal data the free-text search (`q`) and the custom filters look people up by, with a prefix (server/rest/masking.ts). */
  lookups?: { q?: PersonalKind; filters?: Record<string, PersonalKind> };
  create?: z.ZodType<Record<string, unknown>>;
  update?: z.ZodObject;
  /** API input (already validated) → columns; defaults to the fields' own conversion. */
  toRow?: (input: Record<string, unknown>, ctx: WriteContext) => Promise<Record<string, unknown>>;
  /** Runs in the write's transaction before the row changes (e.g. a lock that serialises a rule across rows). */
  beforeWrite?: (ctx: WriteContext, before: Record<string, unknown> | null) => Promise<void>;
  /** Runs after the row changed, in the same transaction; throws to undo it. `input` is the validated body. */
  afterWrite?: (
    ctx: WriteContext,
    before: Record<string, unknown> | null,
    after: Record<string, unknown>,
    input: Record<string, unknown>,
  ) => Promise<void>;
  /** Throws (409/422) when the record may not be deleted, saying why. */
  beforeDelete?: (ctx: WriteContext, record: Record<string, unknown>) => Promise<void>;
  /** Fields never written to the audit log's before/after (secrets). */
  auditRedact?: string[];
}

/** `LIKE` on a user's text, with its wildcards escaped. */
export function likePattern(text: string, mode: 'prefix' | 'contains'): string {
  const escaped = text.replace(/[\\%_]/g, (c) => `\\${c}`);
  return mode === 'prefix' ? `${escaped}%` : `%${escaped}%`;
}

/**
 * `column` starts with `prefix`, compared byte by byte on both engines, as an index range:
 * SQLite's LIKE ignores case and so cannot use a plain index, while a range on its BINARY
 * order can; on PostgreSQL `column COLLATE "C" LIKE 'prefix%'` is a range of the
 * `(column COLLATE "C")` indexes of migration 011, whatever the database's collation.
 */
export function wherePrefix(qb: Knex.QueryBuilder, column: string, prefix: string, or = false): Knex.QueryBuilder {
  const [sql, bindings] = isPostgres(qb)
    ? [`(${column} COLLATE "C") LIKE ? ESCAPE '\\'`, [likePattern(prefix, 'prefix')]]
    : [`(${column} >= ? AND ${column} < ?)`, [prefix, `${prefix}\u{10FFFF}`]];
  return or ? qb.orWhereRaw(sql, bindings) : qb.whereRaw(sql, bindings);
}

/** Orders by `column` byte by byte (the order of the prefix indexes), on both engines. */
export function orderByBytes(qb: Knex.QueryBuilder, column: string): Knex.QueryBuilder {
  return isPostgres(qb) ? qb.orderByRaw(`${column} COLLATE "C"`) : qb.orderBy(column);
}

/** `column IN (SELECT id FROM accounts WHERE email starts with the prefix)`: filter by an account's e-mail prefix. */
export function whereAccountEmail(qb: Knex.QueryBuilder, column: string, emailPrefix: string): Knex.QueryBuilder {
  return qb.whereIn(column, (sub) => {
    wherePrefix(sub.select('id').from('accounts'), 'email', emailPrefix.toLowerCase());
  });
}

/** A free-text term, OR-ed with the others: a prefix is an index range; "contains" scans, for small tables. */
export function whereLike(
  qb: Knex.QueryBuilder,
  column: string,
  text: string,
  mode: 'prefix' | 'contains',
  lower = false,
): Knex.QueryBuilder {
  if (mode === 'prefix' && !lower) return wherePrefix(qb, column, text, true);
  const col = lower ? `lower(${column})` : column;
  return qb.orWhereRaw(`${col} LIKE ? ESCAPE '\\'`, [likePattern(lower ? text.toLowerCase() : text, mode)]);
}
