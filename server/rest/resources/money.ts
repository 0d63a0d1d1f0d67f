import { whereContains } from '../../db/textSearch.ts';
import { searchTerms } from '../../domain/search/searchQuery.ts';
import {
  DISPUTE_SOURCES,
  DISPUTE_STATUSES,
  REFUND_ELIGIBILITIES,
  REFUND_REJECT_CODES,
  REFUND_SOURCES,
  REFUND_STATUSES,
  TRANSFER_FIX_REASONS,
  TRANSFER_STATUSES,
  PAYMENT_METHODS,
  PAYOUT_DISCREPANCY_KINDS,
} from '../../domain/enums.ts';
import { defineFields, f, recordTimestamps } from '../fields.ts';
import { whereAccountEmail, whereLike, type ResourceDef } from '../resource.ts';

export const transfers: ResourceDef = {
  name: 'transfers',
  table: 'transfers',
  idColumn: 'id',
  idType: 'int',
  fields: defineFields({
    id: f.id(),
    senderAccountId: f.int({ filter: true }),
    sourceAccountPlanId: f.int({ filter: true }),
    recipientEmail: f.text({ sort: true, filter: true, personal: 'email' }),
    recipientAccountId: f.int({ filter: true }),
    recipientAccountPlanId: f.int({ filter: true }),
    amountGb: f.int({ sort: true, filter: true }),
    amountMb: f.int(),
    correctsTransferId: f.int({ filter: true }),
    status: f.enum(TRANSFER_STATUSES, { sort: true, filter: true }),
    deliveredAt: f.timestamp({ sort: true, filter: true }),
    fixedAt: f.timestamp({ sort: true, filter: true }),
    fixedByStaffId: f.int({ filter: true }),
    fixReason: f.text(),
    fixReasonCode: f.enum(TRANSFER_FIX_REASONS, { filter: true }),
    intendedEmail: f.text({ personal: 'email' }),
    fixOverrideReason: f.text(),
    redirectedToEmail: f.text({ filter: true, personal: 'email' }),
    redirectedToAccountId: f.int({ filter: true }),
    recoveredMb: f.int(),
    unrecoverableMb: f.int(),
    ...recordTimestamps,
  }),
  defaultSort: ['createdAt', 'DESC'],
  lookups: { q: 'email', filters: { senderEmail: 'email', recipientEmailPrefix: 'email' } },
  customFilters: {
    senderEmail: (qb, v) => whereAccountEmail(qb, 'sender_account_id', v),
    recipientEmailPrefix: (qb, v) =>
      qb.where((inner) => {
        whereLike(inner, 'recipient_email', v.toLowerCase(), 'prefix');
      }),
  },
  // Any part of the recipient's address (a mistyped one too), or a transfer number.
  search: (qb, q) => {
    whereContains(qb, 'transfers', 'id', ['recipient_email'], searchTerms(q), true);
    if (/^\d{1,9}$/.test(q)) qb.orWhere('id', Number(q));
  },
};

export const refunds: ResourceDef = {
  name: 'refunds',
  table: 'refunds',
  idColumn: 'id',
  idType: 'int',
  fields: defineFields({
    id: f.id(),
    orderId: f.int({ filter: true }),
    accountId: f.int({ filter: true }),
    status: f.enum(REFUND_STATUSES, { sort: true, filter: true }),
    source: f.enum(REFUND_SOURCES, { filter: true }),
    customerReason: f.text(),
    loggedByStaffId: f.int({ filter: true }),
    requestedAt: f.timestamp({ sort: true, filter: true }),
    eligibility: f.enum(REFUND_ELIGIBILITIES, { sort: true, filter: true }),
    eligibilityReasons: f.json(),
    proposedAmountCents: f.int({ sort: true, filter: true }),
    decisionDueAt: f.timestamp({ sort: true, filter: true }),
    amountCents: f.int({ sort: true, filter: true }),
    rejectReasonCode: f.enum(REFUND_REJECT_CODES, { filter: true }),
    decisionNote: f.text(),
    decidedAt: f.timestamp({ sort: true, filter: true }),
    decidedByStaffId: f.int({ filter: true }),
    payoutDueAt: f.timestamp({ sort: true, filter: true }),
    payoutMethod: f.enum(PAYMENT_METHODS, { filter: true }),
    payoutReference: f.text({ filter: true, personal: 'payment' }),
    paidOutAt: f.timestamp({ sort: true, filter: true }),
    failureReason: f.text(),
    // The verdict's facts when the customer asked, and as re-assessed inside the decision (docs/RULES.md "Refunds").
    requestFacts: f.json(),
    decisionFacts: f.json(),
    backdateReason: f.text(),
    backdateConfirmedByStaffId: f.int(),
    ...recordTimestamps,
  }),
  defaultSort: ['decisionDueAt', 'ASC'],
  lookups: { q: 'payment' },
  search: (qb, q) => {
    if (/^\d{1,9}$/.test(q)) qb.orWhere('id', Number(q)).orWhere('order_id', Number(q));
    else whereContains(qb, 'refunds', 'id', ['payout_reference'], searchTerms(q), true);
  },
};

/** Chargebacks (docs/PAYMENTS.md "Disputes"): written by the webhook and the dispute actions only. */
export const disputes: ResourceDef = {
  name: 'disputes',
  table: 'disputes',
  idColumn: 'id',
  idType: 'int',
  fields: defineFields({
    id: f.id(),
    orderId: f.int({ filter: true }),
    accountId: f.int({ filter: true }),
    source: f.enum(DISPUTE_SOURCES, { filter: true }),
    providerDisputeId: f.text({ filter: true }),
    reason: f.text({ filter: true }),
    amountCents: f.int({ sort: true }),
    status: f.enum(DISPUTE_STATUSES, { sort: true, filter: true }),
    openedAt: f.timestamp({ sort: true, filter: true }),
    evidenceDueBy: f.timestamp({ sort: true, filter: true }),
    closedAt: f.timestamp({ sort: true }),
    orderStatusBefore: f.text(),
    planStatusBefore: f.text(),
    accountPlanId: f.int({ filter: true }),
    writtenOffMb: f.int(),
    outcomeNote: f.text(),
    createdByStaffId: f.int({ filter: true }),
    closedByStaffId: f.int({ filter: true }),
    ...recordTimestamps,
  }),
  defaultSort: ['evidenceDueBy', 'ASC'],
  search: (qb, q) => {
    if (/^\d{1,9}$/.test(q)) qb.where('id', Number(q)).orWhere('order_id', Number(q));
    else qb.where('provider_dispute_id', q);
  },
};

/** The payouts reconciliation's findings (docs/PAYMENTS.md "Reconciliation"): written by the job and `explain` only. */
export const payoutDiscrepancies: ResourceDef = {
  name: 'payout-discrepancies',
  table: 'payout_discrepancies',
  idColumn: 'id',
  idType: 'int',
  fields: defineFields({
    id: f.id(),
    provider: f.text({ filter: true }),
    providerReference: f.text({ filter: true }),
    refundPayoutId: f.int({ filter: true }),
    refundId: f.int({ filter: true }),
    kind: f.enum(PAYOUT_DISCREPANCY_KINDS, { sort: true, filter: true }),
    detail: f.json(),
    foundAt: f.timestamp({ sort: true, filter: true }),
    explainedAt: f.timestamp({ column: 'resolved_at', sort: true, filter: true }),
    explanation: f.text(),
    explainedByStaffId: f.int({ filter: true }),
    version: f.int(),
  }),
  defaultSort: ['foundAt', 'DESC'],
  search: (qb, q) => {
    if (/^\d{1,9}$/.test(q)) qb.where('id', Number(q)).orWhere('refund_id', Number(q));
    else qb.where('provider_reference', q);
  },
  // The dashboard's card counts what is not explained yet; its link is this filter.
  customFilters: {
    explained: (qb, v) => {
      if (v === 'true') qb.whereNotNull('resolved_at');
      else qb.whereNull('resolved_at');
    },
  },
};
