import { Router, type Request, type Response } from 'express';
import type { Knex } from 'knex';
import { z } from 'zod';
import { appendAudit } from '../audit/auditLog.ts';
import { actorId } from '../domain/actor.ts';
import { fromZod } from '../http/errors.ts';
import { checkKey, requestHash, runOnce } from '../http/idempotency.ts';
import { requestFacts } from '../http/requestContext.ts';
import { queueMessage } from '../outbox/outbox.ts';
import { rowToRecord } from '../rest/fields.ts';
import { accounts } from '../rest/resources/customers.ts';
import { refunds, transfers } from '../rest/resources/money.ts';
import { openRefundRequest } from '../services/refunds.ts';
import { createReview, reportReview } from '../services/reviews.ts';
import { reviewReports, reviews } from '../rest/resources/trust.ts';
import { REVIEW_REPORT_REASONS } from '../domain/enums.ts';
import type { ReportReason } from '../domain/reviews/reviewRules.ts';
import { registerAccount } from '../services/accounts.ts';
import { createTransfer, type Ctx } from '../services/transfers.ts';

export const integrationSchemas = {
  accounts: z.strictObject({
    email: z.string().trim().min(3).max(254),
    referralCode: z.string().trim().min(3).max(20).optional(),
    deviceId: z.string().trim().min(1).max(120).optional(),
  }),
  transfers: z.strictObject({
    senderAccountId: z.number().int().positive(),
    sourceAccountPlanId: z.number().int().positive(),
    recipientEmail: z.string().trim().min(1).max(254),
    // Any number is accepted here so that 1.5 GB is refused by the rule (422 amount_not_whole_gb), not as bad input.
    amountGb: z.number(),
  }),
  reviews: z.strictObject({
    accountId: z.number().int().positive(),
    rating: z.number().int().min(1, 'from 1 to 5 stars').max(5, 'from 1 to 5 stars'),
    comment: z.string().trim().max(5000).optional(),
    orderId: z.number().int().positive().optional(),
    collectedAt: z.iso.datetime({ offset: true }).optional(),
  }),
  'review-reports': z.strictObject({
    reviewId: z.number().int().positive(),
    reason: z.enum(REVIEW_REPORT_REASONS.filter((r) => r !== 'dsa_notice') as [ReportReason, ...ReportReason[]]),
    reporterAccountId: z.number().int().positive().optional(),
    note: z.string().trim().max(2000).optional(),
  }),
  'refund-requests': z.strictObject({
    orderId: z.number().int().positive(),
    reason: z.string().trim().min(1).max(5000),
    receivedAt: z.iso.datetime({ offset: true }).optional(),
  }),
};

/**
 * Runs one integration call: validated body, Idempotency-Key (the app retries on
 * timeouts), one transaction with the change, its audit entry and its messages.
 */
async function handle<S extends z.ZodType>(db: Knex, req: Request, schema: S, action: string, work: (ctx: Ctx, body: z.infer<S>) => Promise<{ entity: string; record: Record<string, unknown> }>) {
  const parsed = schema.safeParse(req.body ?? {});
  if (!parsed.success) throw fromZod(parsed.error);
  const actor = req.actor!;
  const rawKey = req.get('idempotency-key');
  const key = rawKey ? checkKey(rawKey) : null;
  return runOnce(db, { scope: `${actor.kind}:${actorId(actor)}`, key, hash: requestHash('POST', req.originalUrl, parsed.data) }, async (trx, now) => {
    const ctx: Ctx = { trx, actor, now, queue: async (m) => { await queueMessage(trx, m, now); } };
    const { entity, record } = await work(ctx, parsed.data);
    await appendAudit(trx, { actor, action, entity, entityId: String(record.id), after: record, at: now, idempotencyKey: key, ...requestFacts(req) });
    return { status: 201, body: record };
  });
}

/**
 * The customer app's API (`/api/integration`, SPEC §3), behind a Bearer service token.
 * Each feature area mounts its calls here.
 */
export function integrationRouter(db: Knex): Router {
  const router = Router();
  const reply = (res: Response, r: { status: number; body: unknown; replayed: boolean }) => {
    if (r.replayed) res.set('Idempotent-Replayed', 'true');
    res.status(r.status).json(r.body);
  };

  router.post('/accounts', async (req, res) => {
    reply(res, await handle(db, req, integrationSchemas.accounts, 'accounts.register', async (ctx, body) => {
      const account = await registerAccount(ctx, body);
      return { entity: 'accounts', record: rowToRecord(accounts.fields, account) };
    }));
  });

  router.post('/transfers', async (req, res) => {
    reply(res, await handle(db, req, integrationSchemas.transfers, 'transfers.create', async (ctx, body) => {
      const transfer = await createTransfer(ctx, body);
      return { entity: 'transfers', record: rowToRecord(transfers.fields, transfer) };
    }));
  });

  router.post('/refund-requests', async (req, res) => {
    reply(res, await handle(db, req, integrationSchemas['refund-requests'], 'refunds.request', async (ctx, body) => {
      const refund = await openRefundRequest(ctx, { orderId: body.orderId, reason: body.reason, source: 'email', receivedAt: body.receivedAt ? new Date(body.receivedAt) : undefined });
      return { entity: 'refunds', record: rowToRecord(refunds.fields, refund) };
    }));
  });

  router.post('/reviews', async (req, res) => {
    reply(res, await handle(db, req, integrationSchemas.reviews, 'reviews.create', async (ctx, body) => {
      const review = await createReview(ctx, body);
      return { entity: 'reviews', record: rowToRecord(reviews.fields, review) };
    }));
  });

  router.post('/review-reports', async (req, res) => {
    reply(res, await handle(db, req, integrationSchemas['review-reports'], 'review-reports.create', async (ctx, body) => {
      const report = await reportReview(ctx, body);
      return { entity: 'review-reports', record: rowToRecord(reviewReports.fields, report) };
    }));
  });

  return router;
}
