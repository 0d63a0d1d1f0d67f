import { z } from 'zod';
import { DISPUTE_STATUSES } from '../domain/enums.ts';
import { conflict, notFound } from '../http/errors.ts';
import { rowToRecord } from '../rest/fields.ts';
import { disputes, payoutDiscrepancies } from '../rest/resources/money.ts';
import { closeDispute, openDispute } from '../services/disputes.ts';
import { explainDiscrepancy } from '../services/payouts.ts';
import { issueCreditNote, issueInvoice } from '../services/invoices.ts';
import { defineAction } from './action.ts';

/** Finance records a chargeback the bank notified (the manual provider; Stripe's arrive by webhook). */
export const recordDisputeAction = defineAction({
  resource: 'orders',
  name: 'record-dispute',
  summary:
    'Record a chargeback on this order (manual provider; with Stripe 409 disputes_from_provider): the order is disputed, its plan stops, its open refund closes',
  idempotencyKey: 'required',
  resultResource: 'disputes',
  body: z.strictObject({
    reason: z.string().trim().min(3).max(80),
    amountCents: z.number().int().positive(),
    evidenceDueBy: z.iso.datetime({ offset: true }).optional(),
  }),
  run: async (ctx) => {
    // With Stripe its webhook reports every dispute (and its outcome): one typed by hand would be a second record of it.
    if (ctx.payments?.remote)
      throw conflict(
        'disputes_from_provider',
        `Refunds and disputes go through ${ctx.payments.provider}: its webhook records the dispute, there is nothing to type`,
      );
    const { dispute } = await openDispute(ctx.trx, ctx.actor, ctx.now, {
      orderId: Number(ctx.id),
      source: 'manual',
      reason: ctx.body.reason,
      amountCents: ctx.body.amountCents,
      evidenceDueBy: ctx.body.evidenceDueBy ? new Date(ctx.body.evidenceDueBy) : null,
    });
    // openDispute writes its own audit entry (the provider's webhook goes through it too).
    return { result: rowToRecord(disputes.fields, dispute), audit: null };
  },
});

/** The bank's decision on a dispute recorded by hand (Stripe's arrives by webhook). */
export const closeDisputeAction = defineAction({
  resource: 'disputes',
  name: 'close',
  summary:
    "Record the bank's decision on a dispute recorded by hand: won (the order and, within validity, its plan restored) or lost (the order cancelled); a provider's dispute closes by its webhook (409 outcome_from_provider)",
  idempotencyKey: 'required',
  body: z.strictObject({
    outcome: z.enum(DISPUTE_STATUSES.filter((s) => s !== 'open') as ['won', 'lost']),
    note: z.string().trim().max(2000).optional(),
  }),
  run: async (ctx) => {
    const dispute = await ctx
      .trx('disputes')
      .where({ id: Number(ctx.id) })
      .first('source');
    if (!dispute) throw notFound(`Dispute ${ctx.id} not found`);
    if (dispute.source === 'provider')
      throw conflict('outcome_from_provider', "This dispute came from the payment provider: its outcome arrives by the provider's webhook");
    const row = await closeDispute(ctx.trx, ctx.actor, ctx.now, Number(ctx.id), { outcome: ctx.body.outcome, note: ctx.body.note ?? null });
    return { result: rowToRecord(disputes.fields, row), audit: null };
  },
});

/** Sends the order's invoice (and the credit notes of its refunds) to the customer, through the outbox. */
export const sendInvoiceAction = defineAction({
  resource: 'orders',
  name: 'send-documents',
  summary: 'E-mail the invoice and credit notes of this order to the customer',
  idempotencyKey: 'optional',
  body: z.strictObject({}),
  run: async (ctx) => {
    const order = await ctx
      .trx('orders')
      .where({ id: Number(ctx.id) })
      .first();
    if (!order) throw notFound(`Order ${ctx.id} not found`);
    const invoice = await issueInvoice(ctx.trx, order.id, ctx.now);
    const notes = [];
    for (const r of await ctx.trx('refunds').where({ order_id: order.id, status: 'paid_out' }).orderBy('id').select('id'))
      notes.push(await issueCreditNote(ctx.trx, r.id, ctx.now));
    const account = await ctx.trx('accounts').where({ id: order.account_id }).first();
    const numbers = [invoice, ...notes].map((d) => d.number as string);
    const en = account.locale === 'en';
    await ctx.queue({
      accountId: account.id,
      channel: 'email',
      to: account.email,
      template: 'order_documents',
      locale: en ? 'en' : 'fr',
      subject: en ? `Your Kolet documents for order ${order.id}` : `Vos documents Kolet pour la commande ${order.id}`,
      body: en ? `Please find attached: ${numbers.join(', ')}.` : `Veuillez trouver ci-joint : ${numbers.join(', ')}.`,
      related: { entity: 'orders', id: order.id },
    });
    return { result: { id: order.id, documents: numbers }, audit: { after: { documents: numbers }, reason: null } };
  },
});

/** Finance says why a difference the payouts reconciliation found is not a problem (or what was done about it). */
export const explainDiscrepancyAction = defineAction({
  resource: 'payout-discrepancies',
  name: 'explain',
  summary: "Mark a difference between our payouts and the provider's refunds as explained, with the reason (409 already_explained)",
  idempotencyKey: 'optional',
  body: z.strictObject({ explanation: z.string().trim().min(10, 'say what explains it (10 characters at least)').max(2000) }),
  run: async (ctx) => {
    const before = await ctx
      .trx('payout_discrepancies')
      .where({ id: Number(ctx.id) })
      .first('kind', 'provider_reference');
    const row = await explainDiscrepancy(ctx.trx, ctx.actor, ctx.now, Number(ctx.id), ctx.body.explanation);
    return {
      result: rowToRecord(payoutDiscrepancies.fields, row),
      audit: {
        before: { explained: false, kind: before?.kind, providerReference: before?.provider_reference },
        after: { explained: true, refundId: row.refund_id ?? null },
        reason: ctx.body.explanation,
      },
    };
  },
});

export const PAYMENT_ACTIONS = [recordDisputeAction, closeDisputeAction, sendInvoiceAction, explainDiscrepancyAction];
