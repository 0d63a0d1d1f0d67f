import { TERMS_VERSIONS } from '../domain/payments/invoices.ts';
import { Router, type Request, type Response } from 'express';
import type { Knex } from 'knex';
import { z } from 'zod';
import { parseId } from '../http/ids.ts';
import { fromZod, notFound } from '../http/errors.ts';
import { toBool, toIso } from '../db/values.ts';
import { runChange } from '../actions/runChange.ts';
import { rowToRecord } from '../rest/fields.ts';
import { accountPlans, accounts, orders, usageRecords } from '../rest/resources/customers.ts';
import { activatePlan, createOrder, customerPlanState, installPlan } from '../services/orders.ts';
import { recordUsage } from '../services/usage.ts';
import { usageBatchRouter } from './usageBatch.ts';
import { refunds, transfers } from '../rest/resources/money.ts';
import { openRefundRequest } from '../services/refunds.ts';
import { createReview, reportReview, updateReview } from '../services/reviews.ts';
import { reviewReports, reviews } from '../rest/resources/trust.ts';
import { CHANNELS, PAYMENT_METHODS, REVIEW_REPORT_REASONS } from '../domain/enums.ts';
import type { ReportReason } from '../domain/reviews/reviewRules.ts';
import { registerAccount } from '../services/accounts.ts';
import type { Ctx } from '../services/ctx.ts';
import { complaintsIntegrationRouter } from './complaints.ts';
import { requestDeletion } from '../services/customerData.ts';
import { deletionRequests } from '../rest/resources/customerData.ts';
import { createTransfer } from '../services/transfers.ts';
import { conversationRoutes } from './conversations.ts';
import { alertRulesRouter } from './alertRules.ts';

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
  orders: z.strictObject({
    accountId: z.number().int().positive(),
    planId: z.number().int().positive(),
    paymentMethod: z.enum(PAYMENT_METHODS),
    paymentReference: z.string().trim().min(3).max(120),
    channel: z.enum(CHANNELS),
    promoCode: z.string().trim().min(3).max(40).optional(),
    orderedAt: z.iso.datetime({ offset: true }).optional(),
    paymentFingerprint: z.string().trim().min(3).max(120).optional(),
    // GCS §5.3.3.1: a promotion needs the departure date and the phone number.
    departureDate: z.iso.date().optional(),
    phone: z
      .string()
      .trim()
      .regex(/^\+?[0-9 ().-]{6,20}$/, 'a phone number')
      .optional(),
    // GCS §3, §6, §16: the terms version the customer accepted, and their express waiver of the withdrawal right.
    termsVersion: z.enum(TERMS_VERSIONS).optional(),
    withdrawalWaived: z.boolean().optional(),
  }),
  install: z.strictObject({
    iccid: z
      .string()
      .trim()
      .regex(/^\d[\d ]{17,24}$/, 'an ICCID: 18 to 22 digits'),
    device: z.string().trim().max(120).optional(),
    deviceId: z.string().trim().max(120).optional(),
    at: z.iso.datetime({ offset: true }).optional(),
  }),
  activate: z.strictObject({ at: z.iso.datetime({ offset: true }).optional() }),
  usage: z.strictObject({
    accountPlanId: z.number().int().positive(),
    mb: z.number().int('whole MB (round to the nearest MB)').positive().max(1_048_576),
    country: z
      .string()
      .trim()
      .regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code')
      .optional(),
    occurredAt: z.iso.datetime({ offset: true }).optional(),
  }),
  reviews: z.strictObject({
    accountId: z.number().int().positive(),
    rating: z.number().int().min(1, 'from 1 to 5 stars').max(5, 'from 1 to 5 stars'),
    comment: z.string().trim().max(5000).optional(),
    orderId: z.number().int().positive().optional(),
    collectedAt: z.iso.datetime({ offset: true }).optional(),
  }),
  'review-update': z
    .strictObject({
      accountId: z.number().int().positive(),
      rating: z.number().int().min(1, 'from 1 to 5 stars').max(5, 'from 1 to 5 stars').optional(),
      comment: z.string().trim().max(5000).nullable().optional(),
    })
    .refine((b) => b.rating !== undefined || b.comment !== undefined, { message: 'change the rating or the comment', path: ['rating'] }),
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
export async function handle<S extends z.ZodType>(
  db: Knex,
  req: Request,
  schema: S,
  action: string,
  work: (ctx: Ctx, body: z.infer<S>) => Promise<{ entity: string; record: Record<string, unknown>; before?: Record<string, unknown> }>,
  status = 201,
) {
  const parsed = schema.safeParse(req.body ?? {});
  if (!parsed.success) throw fromZod(parsed.error);
  return runChange(db, req, { body: parsed.data, idempotencyKey: 'optional', what: action }, async (ctx) => {
    const { entity, record, before } = await work(ctx, parsed.data);
    return { status, body: record, audit: { action, entity, entityId: String(record.id), before: before ?? null, after: record } };
  });
}

/**
 * The customer app's API (`/api/integration`, docs/PRODUCT.md §3), behind a Bearer service token.
 * Each feature area mounts its calls here.
 */
export function integrationRouter(db: Knex): Router {
  const router = Router();
  router.use(alertRulesRouter(db)); // the customer's own alert rules (server/integration/alertRules.ts)
  const reply = (res: Response, r: { status: number; body: unknown; replayed: boolean }) => {
    if (r.replayed) res.set('Idempotent-Replayed', 'true');
    res.status(r.status).json(r.body);
  };

  router.post('/accounts', async (req, res) => {
    reply(
      res,
      await handle(db, req, integrationSchemas.accounts, 'accounts.register', async (ctx, body) => {
        const account = await registerAccount(ctx, body);
        return { entity: 'accounts', record: rowToRecord(accounts.fields, account) };
      }),
    );
  });

  // GCU §5.3: the customer closes the account from the app at any time; support deactivates it (docs/ACCOUNTS.md "Customer data").
  router.post('/accounts/:id/deletion-request', async (req, res) => {
    const accountId = Number(req.params.id);
    if (!Number.isSafeInteger(accountId) || accountId <= 0) throw notFound('No such account');
    let created = true;
    reply(
      res,
      await handle(
        db,
        req,
        z.strictObject({}),
        'deletion-requests.create',
        async (ctx) => {
          const r = await requestDeletion(ctx, accountId, 'app');
          created = r.created;
          return { entity: 'deletion-requests', record: rowToRecord(deletionRequests.fields, r.request) };
        },
        201,
      ).then((r) => (created ? r : { ...r, status: 200 })),
    );
  });

  router.post('/transfers', async (req, res) => {
    reply(
      res,
      await handle(db, req, integrationSchemas.transfers, 'transfers.create', async (ctx, body) => {
        const transfer = await createTransfer(ctx, body);
        return { entity: 'transfers', record: rowToRecord(transfers.fields, transfer) };
      }),
    );
  });

  router.post('/refund-requests', async (req, res) => {
    reply(
      res,
      await handle(db, req, integrationSchemas['refund-requests'], 'refunds.request', async (ctx, body) => {
        const refund = await openRefundRequest(ctx, {
          orderId: body.orderId,
          reason: body.reason,
          source: 'email',
          receivedAt: body.receivedAt ? new Date(body.receivedAt) : undefined,
        });
        return { entity: 'refunds', record: rowToRecord(refunds.fields, refund) };
      }),
    );
  });

  router.post('/orders', async (req, res) => {
    reply(
      res,
      await handle(db, req, integrationSchemas.orders, 'orders.create', async (ctx, body) => {
        const { order, accountPlan } = await createOrder(ctx, body);
        return { entity: 'orders', record: { ...rowToRecord(orders.fields, order), accountPlanId: accountPlan.id } };
      }),
    );
  });

  const planId = (req: Request) => {
    const id = parseId(req.params.id);
    return id;
  };
  router.post('/account-plans/:id/install', async (req, res) => {
    reply(
      res,
      await handle(db, req, integrationSchemas.install, 'account-plans.install', async (ctx, body) => ({
        entity: 'account-plans',
        record: rowToRecord(accountPlans.fields, await installPlan(ctx, planId(req), body)),
      })),
    );
  });
  router.post('/account-plans/:id/activate', async (req, res) => {
    reply(
      res,
      await handle(db, req, integrationSchemas.activate, 'account-plans.activate', async (ctx, body) => ({
        entity: 'account-plans',
        record: rowToRecord(accountPlans.fields, await activatePlan(ctx, planId(req), body)),
      })),
    );
  });
  /** The account as the app must see it: a deactivated account's sessions end and nothing more is accepted for it. */
  router.get('/accounts/:id', async (req, res) => {
    const account = await db('accounts')
      .where({ id: planId(req) })
      .first('id', 'status', 'deactivated_at', 'data_blocked');
    if (!account) throw notFound(`Account ${req.params.id} not found`);
    res.json({
      id: account.id,
      status: account.status,
      deactivatedAt: toIso(account.deactivated_at),
      sessionsAllowed: account.status === 'active',
      blocked: !!toBool(account.data_blocked),
    });
  });
  /** The customer-facing state of a plan: the app shows that a block exists, never why. */
  router.get('/account-plans/:id', async (req, res) => {
    res.json(await customerPlanState(db, planId(req)));
  });
  router.use(usageBatchRouter(db)); // POST /usage/batch
  router.post('/usage', async (req, res) => {
    reply(
      res,
      await handle(db, req, integrationSchemas.usage, 'usage.record', async (ctx, body) => {
        const { usage, dataRemainingMb, alertsFired } = await recordUsage(ctx, body);
        return {
          entity: 'usage-records',
          record: { ...rowToRecord(usageRecords.fields, usage), dataRemainingMb, alertsFired },
        };
      }),
    );
  });

  router.post('/reviews', async (req, res) => {
    reply(
      res,
      await handle(db, req, integrationSchemas.reviews, 'reviews.create', async (ctx, body) => {
        const review = await createReview(ctx, body);
        return { entity: 'reviews', record: rowToRecord(reviews.fields, review) };
      }),
    );
  });

  /** The author edits their review (GCU §8: readers see the date of its updates). */
  router.put('/reviews/:id', async (req, res) => {
    reply(
      res,
      await handle(
        db,
        req,
        integrationSchemas['review-update'],
        'reviews.update',
        async (ctx, body) => {
          const { before, after } = await updateReview(ctx, planId(req), body);
          return {
            entity: 'reviews',
            record: rowToRecord(reviews.fields, after),
            before: { rating: before.rating, comment: before.comment },
          };
        },
        200,
      ),
    );
  });

  router.post('/review-reports', async (req, res) => {
    reply(
      res,
      await handle(db, req, integrationSchemas['review-reports'], 'review-reports.create', async (ctx, body) => {
        const report = await reportReview(ctx, body);
        return { entity: 'review-reports', record: rowToRecord(reviewReports.fields, report) };
      }),
    );
  });

  conversationRoutes(router, db);
  router.use(complaintsIntegrationRouter(db)); // GCU §14: a written complaint from the app

  return router;
}
