import { createHash } from 'node:crypto';
import type { Knex } from 'knex';
import { isPostgres } from '../db/connection.ts';
import { actorId, type Actor } from '../domain/actor.ts';
import { toIso } from '../db/values.ts';

export interface AuditEntry {
  actor: Actor;
  action: string;
  entity: string;
  entityId?: string | number | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  reason?: string | null;
  outcome?: 'success' | 'failure';
  requestId?: string | null;
  idempotencyKey?: string | null;
  ip?: string | null;
  userAgent?: string | null;
  at: Date;
}

export const GENESIS_HASH = '0'.repeat(64);

/** The hashed columns, in a fixed order: the canonical form of an entry. */
const HASHED = [
  'at',
  'actor_kind',
  'actor_id',
  'actor_email',
  'actor_roles',
  'action',
  'entity',
  'entity_id',
  'before',
  'after',
  'reason',
  'outcome',
  'request_id',
  'idempotency_key',
  'ip',
  'user_agent',
] as const;
type AuditRow = Record<(typeof HASHED)[number], string | number | null>;

export function entryHash(prevHash: string, row: AuditRow): string {
  const canonical = JSON.stringify(HASHED.map((c) => row[c] ?? null));
  return createHash('sha256').update(prevHash).update('\n').update(canonical).digest('hex');
}

function toRow(e: AuditEntry): AuditRow {
  const a = e.actor;
  return {
    at: e.at.toISOString(),
    actor_kind: a.kind,
    actor_id: actorId(a),
    actor_email: a.kind === 'staff' ? a.email : a.kind === 'integration' || a.kind === 'system' ? a.name : null,
    actor_roles: a.kind === 'staff' ? JSON.stringify(a.roles) : null,
    action: e.action,
    entity: e.entity,
    entity_id: e.entityId == null ? null : String(e.entityId),
    before: e.before ? JSON.stringify(e.before) : null,
    after: e.after ? JSON.stringify(e.after) : null,
    reason: e.reason ?? null,
    outcome: e.outcome ?? 'success',
    request_id: e.requestId ?? null,
    idempotency_key: e.idempotencyKey ?? null,
    ip: e.ip ?? null,
    user_agent: e.userAgent ? e.userAgent.slice(0, 300) : null,
  };
}

/**
 * Appends one entry to the hash chain, inside the caller's transaction so that
 * the entry exists exactly when the change does. Appends are serialised: a
 * transaction-scoped advisory lock on PostgreSQL, the single writer on SQLite.
 */
export async function appendAudit(trx: Knex.Transaction, entry: AuditEntry): Promise<number> {
  if (isPostgres(trx)) await trx.raw('SELECT pg_advisory_xact_lock(7403001)');
  const last = await trx('audit_log').select('hash').orderBy('id', 'desc').first();
  const prevHash: string = last?.hash ?? GENESIS_HASH;
  const row = toRow(entry);
  const [inserted] = await trx('audit_log').insert({ ...row, prev_hash: prevHash, hash: entryHash(prevHash, row) }, ['id']);
  return typeof inserted === 'object' ? inserted.id : inserted;
}

/**
 * Entries as audit_log rows chained after `prevHash`, with the links appendAudit writes: for a bulk
 * append by one writer that holds the chain's end (the benchmark's growth of the log, bench/growAudit.ts).
 */
export function chainedRows(prevHash: string, entries: AuditEntry[]): { rows: Record<string, unknown>[]; lastHash: string } {
  let hash = prevHash;
  const rows = entries.map((entry) => {
    const row = toRow(entry);
    const prev = hash;
    hash = entryHash(prev, row);
    return { ...row, prev_hash: prev, hash };
  });
  return { rows, lastHash: hash };
}

export interface ChainVerdict {
  ok: boolean;
  checked: number;
  firstBrokenId: number | null;
  message: string;
}

/** Walks the chain in id order and reports the first entry whose link does not hold. */
export async function verifyAuditChain(db: Knex, batchSize = 2000): Promise<ChainVerdict> {
  let prevHash = GENESIS_HASH;
  let lastId = 0;
  let checked = 0;
  for (;;) {
    const rows = await db('audit_log').where('id', '>', lastId).orderBy('id').limit(batchSize);
    if (rows.length === 0) break;
    for (const r of rows) {
      const row = { ...r, at: toIso(r.at) } as AuditRow & { id: number; prev_hash: string; hash: string };
      if (row.prev_hash !== prevHash || entryHash(prevHash, row) !== row.hash) {
        return {
          ok: false,
          checked,
          firstBrokenId: row.id,
          message: `Audit chain broken at entry ${row.id}: its content or its link to the previous entry was altered`,
        };
      }
      prevHash = row.hash;
      lastId = row.id;
      checked++;
    }
  }
  return { ok: true, checked, firstBrokenId: null, message: `Audit chain intact (${checked} entries)` };
}

/** Only the fields that changed, for the before/after of an entry. */
export function changedFields(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): { before: Record<string, unknown>; after: Record<string, unknown> } {
  const b: Record<string, unknown> = {};
  const a: Record<string, unknown> = {};
  for (const key of Object.keys(after)) {
    if (key === 'updatedAt' || key === 'version') continue;
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      b[key] = before[key] ?? null;
      a[key] = after[key] ?? null;
    }
  }
  return { before: b, after: a };
}
