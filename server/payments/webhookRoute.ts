// `POST /api/webhooks/stripe` (docs/OPERATIONS.md "Payments"): the raw body's signature checked with the
// SDK and STRIPE_WEBHOOK_SECRET, the event stored (a replay is recognised by its id), 200 at once; the work
// runs after the answer (server/services/providerEvents.ts). No session, no CSRF header: the signature is the proof.
import express, { Router } from 'express';
import type { Knex } from 'knex';
import type { Logger } from 'pino';
import type Stripe from 'stripe';
import { appendAudit } from '../audit/auditLog.ts';
import { badRequest } from '../http/errors.ts';
import { processQueuedEvents, storeEvent, type ProviderEvent } from '../services/providerEvents.ts';
import { providerActor } from '../services/payouts.ts';

export function stripeWebhookRouter(db: Knex, client: Stripe, secret: string, logger: Logger, afterStore: () => void): Router {
  const router = Router();
  let running: Promise<unknown> | null = null;
  const work = () => {
    if (running) return;
    running = processQueuedEvents(db)
      .catch((err) => logger.error({ err }, 'processing provider events'))
      .finally(() => {
        running = null;
        afterStore();
      });
  };
  router.post('/', express.raw({ type: '*/*', limit: '1mb' }), async (req, res) => {
    const signature = req.get('stripe-signature');
    if (!signature || !Buffer.isBuffer(req.body))
      throw badRequest('signature_missing', 'A Stripe webhook carries a Stripe-Signature header and a body');
    let event: ProviderEvent;
    try {
      event = client.webhooks.constructEvent(req.body, signature, secret) as unknown as ProviderEvent;
    } catch (err) {
      throw badRequest('signature_invalid', `The webhook's signature does not verify: ${(err as Error).message}`);
    }
    const fresh = await storeEvent(db, 'stripe', event);
    if (fresh) {
      await db.transaction((trx) =>
        appendAudit(trx, {
          actor: providerActor('stripe'),
          action: 'webhooks.stripe',
          entity: 'provider-events',
          entityId: event.id,
          at: new Date(),
          after: { type: event.type, objectId: event.data?.object?.id ?? null },
          reason: null,
        }),
      );
    }
    res.json({ received: true, duplicate: !fresh });
    setImmediate(work);
  });
  return router;
}
