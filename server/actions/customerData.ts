// Customer-data operations (docs/ACCOUNTS.md "Customer data"): correct a customer's details, log an
// access request, process a deletion request, credit goodwill data (four eyes above the threshold).
import { z } from 'zod';
import type { AccountsRow } from '../db/rows.generated.ts';
import { DEACTIVATION_REFUND_OUTCOMES, GOODWILL_REASONS } from '../domain/enums.ts';
import { rowToRecord } from '../rest/fields.ts';
import { accessRequests, deletionRequests, goodwillCredits } from '../rest/resources/customerData.ts';
import { accounts } from '../rest/resources/customers.ts';
import { deactivateAccount } from '../services/accountLifecycle.ts';
import { correctAccountDetails, creditGoodwill, decideGoodwill, logAccessRequest } from '../services/customerData.ts';
import { notFound, conflict } from '../http/errors.ts';
import { defineAction } from './action.ts';

const reason = z.string().trim().min(5, 'say why (5 characters at least)').max(2000);

export const correctDetailsAction = defineAction({
  resource: 'accounts',
  name: 'correct-details',
  summary:
    "Correct a customer's e-mail, name, phone or language (GCU §5.2): reason required, the account's version sent back (optimistic locking)",
  idempotencyKey: 'optional',
  body: z.strictObject({
    version: z.number().int().positive(),
    reason,
    email: z.string().trim().min(3).max(254).optional(),
    name: z.string().trim().max(120).nullable().optional(),
    phone: z.string().trim().max(40).nullable().optional(),
    locale: z.string().trim().max(5).optional(),
  }),
  run: async (ctx) => {
    const why = ctx.body.reason;
    const { before, account, delivered, changed } = await correctAccountDetails(ctx, Number(ctx.id), ctx.body);
    const pick = (r: AccountsRow) => Object.fromEntries(changed.map((k) => [k, r[k]]));
    return {
      result: { ...rowToRecord(accounts.fields, account), transfersDelivered: delivered },
      audit: { before: pick(before), after: { ...pick(account), transfersDelivered: delivered }, reason: why },
    };
  },
});

export const logAccessRequestAction = defineAction({
  resource: 'accounts',
  name: 'access-request',
  summary: "Log a customer's request for their data (GDPR Art. 15, 20): due within one month (Art. 12(3))",
  idempotencyKey: 'optional',
  resultResource: 'access-requests',
  body: z.strictObject({ note: z.string().trim().max(2000).optional() }),
  run: async (ctx) => {
    const row = await logAccessRequest(ctx, Number(ctx.id), ctx.body.note ?? null);
    const record = rowToRecord(accessRequests.fields, row);
    return {
      result: record,
      audit: { entity: 'access-requests', entityId: record.id as number, after: { accountId: record.accountId, dueAt: record.dueAt } },
    };
  },
});

const deactivationBody = z.strictObject({
  reason,
  openRefunds: z.enum(DEACTIVATION_REFUND_OUTCOMES).optional(),
  refundCloseReason: z.string().trim().max(2000).optional(),
});

export const deactivateAccountAction = defineAction({
  resource: 'accounts',
  name: 'deactivate',
  summary:
    "Close an account at the customer's request (GCU §5.3): plans end, open refunds continue or are closed, pending transfers return; personal data anonymised at once, legal records kept",
  idempotencyKey: 'optional',
  body: deactivationBody,
  run: async (ctx) => {
    const { account, summary } = await deactivateAccount(ctx, Number(ctx.id), ctx.body.reason, ctx.body);
    const record = rowToRecord(accounts.fields, account);
    // The audit keeps who and why — not the personal data that was erased.
    return {
      result: { ...record, deactivation: summary },
      audit: { before: { status: 'active' }, after: { status: 'deactivated', email: record.email, ...summary }, reason: ctx.body.reason },
    };
  },
});

export const processDeletionRequestAction = defineAction({
  resource: 'deletion-requests',
  name: 'process',
  summary: 'Close the account a deletion request is about (GCU §5.3): the deactivation that finishes what it touches',
  idempotencyKey: 'optional',
  body: deactivationBody.partial({ reason: true }),
  run: async (ctx) => {
    const request = await ctx
      .trx('deletion_requests')
      .where({ id: Number(ctx.id) })
      .first();
    if (!request) throw notFound(`Deletion request ${ctx.id} not found`);
    if (request.status !== 'open') throw conflict('already_deactivated', 'This deletion request is already completed');
    const why = ctx.body.reason ?? `The customer asked to close the account (deletion request #${request.id})`;
    const { summary } = await deactivateAccount(ctx, request.account_id, why, ctx.body);
    const note = [
      summary.refundsClosed.length ? `refunds closed: ${summary.refundsClosed.map((i) => `#${i}`).join(', ')}` : '',
      summary.refundsContinuing.length ? `refunds continuing: ${summary.refundsContinuing.map((i) => `#${i}`).join(', ')}` : '',
      summary.transfersReturned.length ? `transfers returned: ${summary.transfersReturned.map((i) => `#${i}`).join(', ')}` : '',
      `${summary.plansEnded} plan(s) ended, ${summary.writtenOffMb} MB written off`,
    ]
      .filter(Boolean)
      .join('; ');
    await ctx.trx('deletion_requests').where({ id: request.id }).update({ note });
    const record = rowToRecord(deletionRequests.fields, await ctx.trx('deletion_requests').where({ id: request.id }).first());
    return {
      result: { ...record, deactivation: summary },
      audit: { before: { status: 'open' }, after: { status: 'completed', accountId: request.account_id, ...summary }, reason: why },
    };
  },
});

export const creditGoodwillAction = defineAction({
  resource: 'account-plans',
  name: 'goodwill',
  summary:
    'Credit goodwill data to a plan (gifted, never sendable): a reason from the list, within the caps; four eyes above the threshold',
  idempotencyKey: 'required',
  resultResource: 'goodwill-credits',
  body: z
    .strictObject({
      mb: z.number().int('whole MB').positive(),
      reasonCode: z.enum(GOODWILL_REASONS),
      note: z.string().trim().max(2000).optional(),
      transferId: z.number().int().positive().optional(),
    })
    .refine((b) => b.reasonCode !== 'other' || (b.note ?? '').length >= 5, {
      path: ['note'],
      message: 'say why (5 characters at least) with "other"',
    })
    .refine((b) => b.reasonCode !== 'transfer_fix' || b.transferId != null, {
      path: ['transferId'],
      message: 'name the transfer the credit compensates',
    }),
  run: async (ctx) => {
    const record = rowToRecord(goodwillCredits.fields, await creditGoodwill(ctx, Number(ctx.id), ctx.body));
    return {
      result: record,
      audit: {
        entity: 'goodwill-credits',
        entityId: record.id as number,
        after: { accountPlanId: record.accountPlanId, mb: record.mb, status: record.status, transferId: record.transferId },
        reason: `${ctx.body.reasonCode}${ctx.body.note ? `: ${ctx.body.note}` : ''}`,
      },
    };
  },
});

const decide = (approve: boolean) =>
  defineAction({
    resource: 'goodwill-credits',
    name: approve ? 'approve' : 'reject',
    idempotencyKey: approve ? 'required' : 'optional',
    summary: approve
      ? 'Confirm a goodwill credit above the four-eyes threshold (a second agent)'
      : 'Refuse a goodwill credit above the four-eyes threshold',
    body: z.strictObject({ note: z.string().trim().max(2000).optional() }),
    run: async (ctx) => {
      const record = rowToRecord(goodwillCredits.fields, await decideGoodwill(ctx, Number(ctx.id), approve, ctx.body.note));
      return {
        result: record,
        audit: { before: { status: 'awaiting_second_approval' }, after: { status: record.status }, reason: ctx.body.note ?? null },
      };
    },
  });

export const CUSTOMER_DATA_ACTIONS = [
  correctDetailsAction,
  logAccessRequestAction,
  processDeletionRequestAction,
  creditGoodwillAction,
  decide(true),
  decide(false),
];
