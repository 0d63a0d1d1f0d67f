import { createHash } from 'node:crypto';
import type { Knex } from 'knex';
import { badRequest, conflict } from './errors.ts';
import { toIso } from '../db/values.ts';

export interface StoredResponse {
  status: number;
  body: unknown;
}

/** A key left `in_progress` this long by a crashed process may be claimed again. */
const ABANDONED_AFTER_MS = 120_000;

export function requestHash(method: string, path: string, body: unknown): string {
  return createHash('sha256')
    .update(`${method} ${path}\n${JSON.stringify(body ?? null)}`)
    .digest('hex');
}

export function checkKey(key: string): string {
  if (key.length < 8 || key.length > 255 || !/^[\x21-\x7e]+$/.test(key)) {
    throw badRequest('invalid_idempotency_key', 'Idempotency-Key must be 8 to 255 visible ASCII characters (a UUID is best)', {
      'Idempotency-Key': 'invalid',
    });
  }
  return key;
}

const isUniqueViolation = (err: unknown) => {
  const e = err as { code?: string; message?: string };
  return e.code === '23505' || /UNIQUE constraint failed|SQLITE_CONSTRAINT/.test(e.message ?? '');
};

/** How often a claim is tried again when the row it met vanished (its request failed and released it). */
const CLAIM_TRIES = 5;

const inProgress = () => conflict('idempotency_key_in_progress', 'A request with this Idempotency-Key is still being processed');

/**
 * Claims a key before the work starts (Stripe's model, docs/MONEY.md §1 and §5.4):
 * a replay with the same request gets the stored response; the same key with a
 * different request, or while the first is still running, gets 409. Keys are kept
 * in the database (not pruned after 24 h), so a late retry is still deduplicated.
 *
 * Under any interleaving the answer is one of: claimed, replay, 409 reused, 409 in
 * progress (docs/OPERATIONS.md "Idempotency keys"). A key released by a failed first
 * request between our insert and our read is simply claimed again.
 */
export async function claimKey(
  db: Knex,
  scope: string,
  key: string,
  hash: string,
  now = new Date(),
): Promise<{ replay: StoredResponse } | { claimed: true }> {
  for (let attempt = 0; attempt < CLAIM_TRIES; attempt++) {
    try {
      await db('idempotency_keys').insert({ scope, key, request_hash: hash, status: 'in_progress', created_at: now.toISOString() });
      return { claimed: true };
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
    }
    const existing = await db('idempotency_keys').where({ scope, key }).first();
    if (!existing) continue; // released by its failed request in the meantime: try to claim it again
    if (existing.request_hash !== hash) {
      throw conflict('idempotency_key_reused', 'This Idempotency-Key was already used for a different request');
    }
    if (existing.status === 'completed') {
      return { replay: { status: existing.response_status, body: JSON.parse(existing.response_body) } };
    }
    const startedAt = new Date(toIso(existing.created_at)!).getTime();
    if (now.getTime() - startedAt < ABANDONED_AFTER_MS) throw inProgress();
    const taken = await db('idempotency_keys')
      .where({ scope, key, status: 'in_progress', created_at: existing.created_at })
      .update({ created_at: now.toISOString() });
    if (taken !== 1) throw inProgress();
    return { claimed: true };
  }
  // The key kept changing hands (requests claiming and failing around us): someone holds it now.
  throw inProgress();
}

/** Stores the response in the same transaction as the change, so both exist or neither. */
export async function completeKey(
  trx: Knex.Transaction,
  scope: string,
  key: string,
  response: StoredResponse,
  now = new Date(),
): Promise<void> {
  await trx('idempotency_keys')
    .where({ scope, key })
    .update({
      status: 'completed',
      response_status: response.status,
      response_body: JSON.stringify(response.body),
      completed_at: now.toISOString(),
    });
}

/** The work failed and nothing was written: the key may be used again. */
export async function releaseKey(db: Knex, scope: string, key: string): Promise<void> {
  await db('idempotency_keys').where({ scope, key, status: 'in_progress' }).delete();
}

/**
 * Runs `work` once per (scope, key): claims the key, runs the work in one transaction
 * that also stores its response, and releases the key if the work fails (nothing was
 * written, so a retry is safe). Without a key the work simply runs. A replay answers
 * the stored response with `replayed: true`.
 */
export async function runOnce(
  db: Knex,
  claim: { scope: string; key: string | null; hash: string },
  work: (trx: Knex.Transaction, now: Date) => Promise<StoredResponse>,
): Promise<StoredResponse & { replayed: boolean }> {
  const { scope, key, hash } = claim;
  if (key) {
    const claimed = await claimKey(db, scope, key, hash);
    if ('replay' in claimed) return { ...claimed.replay, replayed: true };
  }
  const now = new Date();
  try {
    const response = await db.transaction(async (trx) => {
      const r = await work(trx, now);
      if (key) await completeKey(trx, scope, key, r, now);
      return r;
    });
    return { ...response, replayed: false };
  } catch (err) {
    if (key) await releaseKey(db, scope, key);
    throw err;
  }
}
