import type { Knex } from 'knex';
import type { z } from 'zod';
import type { Actor } from '../domain/actor.ts';
import type { ResourceName } from '../domain/permissions.ts';
import type { FieldDef } from './fields.ts';

export interface WriteContext {
  trx: Knex.Transaction;
  actor: Actor;
  now: Date;
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
  create?: z.ZodType<Record<string, unknown>>;
  update?: z.ZodObject;
  /** API input (already validated) → columns; defaults to the fields' own conversion. */
  toRow?: (input: Record<string, unknown>, ctx: WriteContext) => Promise<Record<string, unknown>>;
  afterWrite?: (ctx: WriteContext, before: Record<string, unknown> | null, after: Record<string, unknown>) => Promise<void>;
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

/** `column IN (SELECT id FROM accounts WHERE email LIKE 'prefix%')`: filter by an account's e-mail prefix. */
export function whereAccountEmail(qb: Knex.QueryBuilder, column: string, emailPrefix: string): Knex.QueryBuilder {
  return qb.whereIn(column, (sub) => {
    sub.select('id').from('accounts').whereRaw(`email LIKE ? ESCAPE '\\'`, [likePattern(emailPrefix.toLowerCase(), 'prefix')]);
  });
}

export function whereLike(qb: Knex.QueryBuilder, column: string, text: string, mode: 'prefix' | 'contains', lower = false): Knex.QueryBuilder {
  const col = lower ? `lower(${column})` : column;
  return qb.orWhereRaw(`${col} LIKE ? ESCAPE '\\'`, [likePattern(lower ? text.toLowerCase() : text, mode)]);
}
