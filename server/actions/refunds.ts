import { z } from 'zod';
import { REFUND_REJECT_CODES } from '../domain/enums.ts';
import { manualProvider } from '../payments/provider.ts';
import { rowToRecord } from '../rest/fields.ts';
import { refunds } from '../rest/resources/money.ts';
import { approveRefund, openRefundRequest, recordPayout, recordPayoutFailure, rejectRefund } from '../services/refunds.ts';
import { defineAction, type ActionContext } from './action.ts';

const id = (ctx: ActionContext<unknown>) => Number(ctx.id);
const note = z.string().trim().max(2000);

async function decided(ctx: ActionContext<unknown>, change: () => Promise<object>, reason: string | null) {
  const before = await ctx
    .trx('refunds')
    .where({ id: id(ctx) })
    .first('status', 'amount_cents');
  const row = await change();
  const record = rowToRecord(refunds.fields, row);
  return {
    result: record,
    audit: {
      before: before ? { status: before.status, amountCents: before.amount_cents } : null,
      after: { status: record.status, amountCents: record.amountCents, payoutReference: record.payoutReference },
      reason,
    },
  };
}

/** Finance grants a refund (full, or partial up to the terms' cap); four eyes above the threshold. */
export const approveRefundAction = defineAction({
  resource: 'refunds',
  name: 'approve',
  summary: 'Approve a refund (full or partial, capped); above the four-eyes threshold a second finance approver confirms',
  idempotencyKey: 'required',
  body: z.strictObject({ amountCents: z.number().int().positive(), note: note.optional() }),
  run: (ctx) => decided(ctx, () => approveRefund(ctx, id(ctx), ctx.body), ctx.body.note ?? null),
});

export const rejectRefundAction = defineAction({
  resource: 'refunds',
  name: 'reject',
  summary: 'Reject a refund request with a reason code (a note is required with "other")',
  idempotencyKey: 'optional',
  body: z
    .strictObject({ reasonCode: z.enum(REFUND_REJECT_CODES), note: note.optional() })
    .refine((b) => b.reasonCode !== 'other' || (b.note ?? '').length >= 3, { path: ['note'], message: 'a note is required with "other"' }),
  run: (ctx) =>
    decided(ctx, () => rejectRefund(ctx, id(ctx), ctx.body), `${ctx.body.reasonCode}${ctx.body.note ? `: ${ctx.body.note}` : ''}`),
});

export const payoutRefundAction = defineAction({
  resource: 'refunds',
  name: 'payout',
  summary:
    "Record the payout of an approved refund (manual provider: the payment provider's reference, required); with Stripe, pay a failed refund again: a new attempt with a new idempotency key, sent by the worker (no reference: 422 reference_not_used)",
  idempotencyKey: 'required',
  body: z.strictObject({ reference: z.string().trim().min(3).max(120).optional() }),
  run: (ctx) => decided(ctx, () => recordPayout(ctx, manualProvider, id(ctx), ctx.body), null),
});

export const payoutFailedRefundAction = defineAction({
  resource: 'refunds',
  name: 'payout-failed',
  summary: 'Record that a payout failed (even after it first succeeded): the case reopens',
  idempotencyKey: 'optional',
  body: z.strictObject({ reason: z.string().trim().min(3).max(1000) }),
  run: (ctx) => decided(ctx, () => recordPayoutFailure(ctx, id(ctx), ctx.body), ctx.body.reason),
});

/** An agent logs a refund request a customer made by e-mail or phone, on its order. */
export const requestRefundAction = defineAction({
  resource: 'orders',
  name: 'request-refund',
  summary: "Log a customer's refund request on this order",
  idempotencyKey: 'optional',
  resultResource: 'refunds',
  body: z.strictObject({
    reason: z.string().trim().min(3).max(2000),
    receivedAt: z.iso.datetime({ offset: true }).optional(),
    lostOrStolenDevice: z.boolean().optional(),
    // An admin confirming a date further back than `refund_backdate_working_days` (the e-mail arrived earlier and sat unread).
    backdateReason: z.string().trim().min(10, 'say why the request is dated back (10 characters at least)').max(1000).optional(),
  }),
  run: async (ctx) => {
    const row = await openRefundRequest(ctx, {
      orderId: Number(ctx.id),
      reason: ctx.body.reason,
      source: 'agent',
      backdateReason: ctx.body.backdateReason,
      receivedAt: ctx.body.receivedAt ? new Date(ctx.body.receivedAt) : undefined,
      lostOrStolenDevice: ctx.body.lostOrStolenDevice,
    });
    const record = rowToRecord(refunds.fields, row);
    return {
      result: record,
      audit: {
        entity: 'refunds',
        entityId: record.id as number,
        reason: ctx.body.reason,
        after: {
          orderId: record.orderId,
          requestedAt: record.requestedAt,
          eligibility: record.eligibility,
          proposedAmountCents: record.proposedAmountCents,
          ...(record.backdateReason ? { backdateReason: record.backdateReason } : {}),
        },
      },
    };
  },
});

export const REFUND_ACTIONS = [approveRefundAction, rejectRefundAction, payoutRefundAction, payoutFailedRefundAction, requestRefundAction];
