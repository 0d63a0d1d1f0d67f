import { Router } from 'express';
import type { Knex } from 'knex';
import { appendAudit } from '../audit/auditLog.ts';
import { holdsAny, type ResourceName } from '../domain/permissions.ts';
import { actorId } from '../domain/actor.ts';
import { badRequest, forbidden, fromZod, notFound } from '../http/errors.ts';
import { checkKey, claimKey, completeKey, releaseKey, requestHash } from '../http/idempotency.ts';
import { requestFacts } from '../http/requestContext.ts';
import { queueMessage } from '../outbox/outbox.ts';
import type { ActionDef } from './action.ts';

/**
 * The one router for domain actions: HTTP → validate (zod) → authorise (role) →
 * idempotency claim → one transaction (domain change, audit entry, outbox) → JSON.
 */
export function actionRouter(db: Knex, actions: readonly ActionDef[]): Router {
  const byPath = new Map(actions.map((a) => [`${a.resource}/${a.name}`, a]));
  const router = Router();

  router.post('/:resource/:id/:action', async (req, res) => {
    const def = byPath.get(`${req.params.resource}/${req.params.action}`);
    if (!def) throw notFound(`Unknown action "${req.params.action}" on "${req.params.resource}"`);
    const actor = req.actor!;
    if (actor.kind !== 'staff' || !holdsAny(actor.roles, def.roles)) throw forbidden(`Your role does not allow ${def.resource}/${def.name}`);
    const parsed = def.body.safeParse(req.body ?? {});
    if (!parsed.success) throw fromZod(parsed.error);
    const id = String(req.params.id);
    if (!/^[A-Za-z0-9_-]{1,80}$/.test(id)) throw badRequest('invalid_id', `"${id}" is not a valid id`, { id: 'invalid' });

    const rawKey = req.get('idempotency-key');
    if (def.idempotencyKey === 'required' && !rawKey) {
      throw badRequest('idempotency_key_required', `${def.resource}/${def.name} moves money or data: send an Idempotency-Key header`, { 'Idempotency-Key': 'required' });
    }
    const key = rawKey ? checkKey(rawKey) : null;
    const scope = `${actor.kind}:${actorId(actor)}`;
    if (key) {
      const claim = await claimKey(db, scope, key, requestHash('POST', req.path, parsed.data));
      if ('replay' in claim) {
        res.set('Idempotent-Replayed', 'true').status(claim.replay.status).json(claim.replay.body);
        return;
      }
    }
    const now = new Date();
    try {
      const result = await db.transaction(async (trx) => {
        const outcome = await def.run({
          trx, id, body: parsed.data, actor, now,
          queue: async (m) => { await queueMessage(trx, m, now); },
        });
        await appendAudit(trx, {
          actor, action: `${def.resource}.${def.name}`, entity: def.resource as ResourceName, entityId: id,
          before: outcome.audit.before ?? null, after: outcome.audit.after ?? null, reason: outcome.audit.reason ?? null,
          idempotencyKey: key, at: now, ...requestFacts(req),
        });
        if (key) await completeKey(trx, scope, key, { status: 200, body: outcome.result }, now);
        return outcome.result;
      });
      res.json(result);
    } catch (err) {
      if (key) await releaseKey(db, scope, key);
      throw err;
    }
  });

  return router;
}
