import type { Request } from 'express';
import type { Knex } from 'knex';
import { appendAudit, type AuditEntry } from '../audit/auditLog.ts';
import { actorId } from '../domain/actor.ts';
import { badRequest } from '../http/errors.ts';
import { checkKey, requestHash, runOnce } from '../http/idempotency.ts';
import { requestFacts } from '../http/requestContext.ts';
import { queueMessage } from '../outbox/outbox.ts';
import type { Ctx, PaymentsSetup } from '../services/ctx.ts';

/** What a change records in the audit log (the runner adds who, when, the request and its key). */
export type ChangeAudit = Omit<AuditEntry, 'actor' | 'at' | 'idempotencyKey' | 'requestId' | 'ip' | 'userAgent'>;

export interface ChangeRequest {
  /** What is asked, already validated: with the path, it is what an Idempotency-Key is bound to. */
  body: unknown;
  /** `required` for what moves money or data. */
  idempotencyKey: 'optional' | 'required';
  /** Named in the refusal when a required key is missing. */
  what: string;
  payments?: PaymentsSetup;
  /** The path the key's request hash names (default: the full URL). */
  hashPath?: string;
}

/**
 * The one way a change runs, for staff actions and the integration API alike: the Idempotency-Key
 * claimed (a replay answers the stored response), one transaction holding the domain change, its
 * audit entry and its outbox messages, and the response stored with the key.
 */
export async function runChange(
  db: Knex,
  req: Request,
  change: ChangeRequest,
  work: (ctx: Ctx) => Promise<{ status: number; body: unknown; audit: ChangeAudit | null }>,
): Promise<{ status: number; body: unknown; replayed: boolean; key: string | null }> {
  const actor = req.actor!;
  const rawKey = req.get('idempotency-key');
  if (change.idempotencyKey === 'required' && !rawKey) {
    throw badRequest('idempotency_key_required', `${change.what} moves money or data: send an Idempotency-Key header`, {
      'Idempotency-Key': 'required',
    });
  }
  const key = rawKey ? checkKey(rawKey) : null;
  const outcome = await runOnce(
    db,
    { scope: `${actor.kind}:${actorId(actor)}`, key, hash: requestHash('POST', change.hashPath ?? req.originalUrl, change.body) },
    async (trx, now) => {
      const ctx: Ctx = {
        trx,
        actor,
        now,
        payments: change.payments,
        queue: async (m) => {
          await queueMessage(trx, m, now);
        },
      };
      const done = await work(ctx);
      if (done.audit) await appendAudit(trx, { ...done.audit, actor, at: now, idempotencyKey: key, ...requestFacts(req) });
      return { status: done.status, body: done.body };
    },
  );
  return { ...outcome, key };
}
