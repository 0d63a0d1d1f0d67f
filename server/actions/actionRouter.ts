import { Router, type Request, type Response } from 'express';
import type { Knex } from 'knex';
import { appendAudit } from '../audit/auditLog.ts';
import { actionGrant, holdsAny, type ResourceName } from '../domain/permissions.ts';
import { ApiError, badRequest, forbidden, fromZod, notFound } from '../http/errors.ts';
import { requestFacts } from '../http/requestContext.ts';
import { maskRecordOf } from '../rest/masking.ts';
import type { ActionDef } from './action.ts';
import { runChange } from './runChange.ts';

/**
 * The one router for domain actions: HTTP → validate (zod) → authorise (role) →
 * idempotency claim → one transaction (domain change, audit entry, outbox) → JSON.
 */
export interface ActionRouterOptions {
  /** The deployment's payment provider, given to every action. */
  payments?: { provider: string; remote: boolean };
  /** Called after each committed action (e.g. wake the payout worker so an approved refund leaves at once). */
  afterCommit?: () => void;
}

export function actionRouter(db: Knex, actions: readonly ActionDef[], options: ActionRouterOptions = {}): Router {
  // Like Ghost's API framework: an endpoint that declares no permission is never mounted.
  const grants = new Map(
    actions.map((a) => {
      const grant = actionGrant(a.resource, a.name);
      if (!grant)
        throw new Error(
          `Action ${a.resource}/${a.name} has no grant "${a.resource}.${a.name}" in server/domain/permissions.ts (ACTION_ACCESS): not mounted`,
        );
      return [a, grant] as const;
    }),
  );
  const byPath = new Map(actions.map((a) => [`${a.collection ? 'collection' : 'record'}:${a.resource}/${a.name}`, a]));
  const router = Router();

  const handle = async (req: Request, res: Response, scope: 'record' | 'collection') => {
    const def = byPath.get(`${scope}:${req.params.resource}/${req.params.action}`);
    if (!def) throw notFound(`Unknown action "${req.params.action}" on "${req.params.resource}"`);
    const actor = req.actor!;
    if (actor.kind !== 'staff' || !holdsAny(actor.roles, grants.get(def)!))
      throw forbidden(`Your role does not allow ${def.resource}/${def.name}`);
    const parsed = def.body.safeParse(req.body ?? {});
    if (!parsed.success) throw fromZod(parsed.error);
    const id = scope === 'record' ? String(req.params.id) : '';
    if (scope === 'record' && !/^[A-Za-z0-9_-]{1,80}$/.test(id))
      throw badRequest('invalid_id', `"${id}" is not a valid id`, { id: 'invalid' });

    const prepared = def.prepare ? await def.prepare({ db, id, body: parsed.data }) : undefined;
    const outcome = await runChange(
      db,
      req,
      {
        body: parsed.data,
        idempotencyKey: def.idempotencyKey,
        what: `${def.resource}/${def.name}`,
        payments: options.payments,
        hashPath: req.path,
      },
      async (ctx) => {
        const done = await def.run({ ...ctx, id, body: parsed.data, prepared });
        const audit = done.audit && {
          action: `${def.resource}.${def.name}`,
          entity: done.audit.entity ?? (def.resource as ResourceName),
          entityId: done.audit.entityId ?? (id || null),
          before: done.audit.before ?? null,
          after: done.audit.after ?? null,
          reason: done.audit.reason ?? null,
        };
        return { status: 200, body: done.result, audit };
      },
    ).catch(async (err: unknown) => {
      // The change was rolled back; the attempt itself is kept, in its own transaction.
      if (err instanceof ApiError && def.auditRefusals?.includes(err.code)) {
        await db.transaction((trx) =>
          appendAudit(trx, {
            actor,
            action: `${def.resource}.${def.name}`,
            entity: def.resource,
            entityId: id || null,
            outcome: 'failure',
            after: { refused: err.code, ...(parsed.data as Record<string, unknown>) },
            reason: err.message,
            idempotencyKey: req.get('idempotency-key') ?? null,
            at: new Date(),
            ...requestFacts(req),
          }),
        );
      }
      throw err;
    });
    if (outcome.replayed) res.set('Idempotent-Replayed', 'true');
    else options.afterCommit?.();
    // The result is shown through the masking policy, as any read (a replay too: the reader's roles of now).
    res.status(outcome.status).json(maskRecordOf(def.resultResource ?? def.resource, outcome.body, actor.roles));
  };

  router.post('/:resource/:id/:action', (req, res) => handle(req, res, 'record'));
  router.post('/:resource/:action', (req, res) => handle(req, res, 'collection'));

  return router;
}
