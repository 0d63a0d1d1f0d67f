import type { Knex } from 'knex';
import type { Actor } from '../domain/actor.ts';
import { holdsAny } from '../domain/permissions.ts';
import { decisionDueAt, payoutDueAt } from '../domain/refunds/clocks.ts';
import { refundEligibility, type EligibilityVerdict } from '../domain/refunds/eligibility.ts';
import { mayAttemptPayout, payoutAttempts } from '../domain/refunds/payouts.ts';
import { forUpdate } from '../db/locks.ts';
import { toIso } from '../db/values.ts';
import { conflict, forbidden, notFound, ruleRefused } from '../http/errors.ts';
import type { OutgoingMessage } from '../outbox/outbox.ts';
import * as texts from '../outbox/refundMessages.ts';
import type { PaymentProvider } from '../payments/provider.ts';
import { getSetting } from '../settings.ts';
import { post } from './ledger.ts';

type Row = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
export interface Ctx { trx: Knex.Transaction; actor: Actor; now: Date; queue: (m: OutgoingMessage) => Promise<void> }

const OPEN = ['requested', 'awaiting_second_approval', 'approved', 'failed'];
const date = (v: unknown) => (v ? new Date(toIso(v)!) : null);
const staffId = (actor: Actor) => (actor.kind === 'staff' ? actor.id : null);
const customer = (a: Row) => ({ accountId: a.id as number, email: a.email as string, locale: (a.locale === 'en' ? 'en' : 'fr') as 'fr' | 'en' });

/** The facts of an order that eligibility needs: its plan, the data consumed, the dates. */
async function eligibilityOf(trx: Knex | Knex.Transaction, order: Row, requestedAt: Date, lostOrStolenDevice: boolean): Promise<EligibilityVerdict> {
  const plan = await trx('account_plans').where({ order_id: order.id }).orderBy('id').first();
  return refundEligibility({
    order: { amountCents: order.amount_cents, refundedCents: order.refunded_cents, orderedAt: date(order.ordered_at)!, promoCodeId: order.promo_code_id ?? null },
    // Data sent to someone else counts as consumed: it cannot be refunded and kept.
    plan: plan
      ? { origin: plan.origin, dataTotalMb: plan.data_total_mb, dataUsedMb: plan.data_total_mb - plan.data_remaining_mb, installedAt: date(plan.installed_at), activatedAt: date(plan.activated_at), refunded: plan.status === 'refunded' }
      : { origin: 'paid', dataTotalMb: 0, dataUsedMb: 0, installedAt: null, activatedAt: null, refunded: false },
    request: { requestedAt, lostOrStolenDevice },
  });
}

/**
 * A refund request (by e-mail through the support system, or logged by an agent):
 * one open request per order; the verdict and the decision deadline are stored on the case.
 * A request on a referred friend's first paid plan voids the sponsor's pending reward.
 */
export async function openRefundRequest(ctx: Ctx, input: { orderId: number; reason: string; receivedAt?: Date; lostOrStolenDevice?: boolean; source: 'email' | 'agent' }): Promise<Row> {
  const { trx, now } = ctx;
  const order = await forUpdate(trx, trx('orders').where({ id: input.orderId })).first();
  if (!order) throw notFound(`Order ${input.orderId} not found`);
  const receivedAt = input.receivedAt ?? now;
  if (receivedAt > now) throw ruleRefused('received_in_future', 'A request cannot be received in the future');
  if (receivedAt < date(order.ordered_at)!) throw ruleRefused('received_before_order', 'A request cannot predate its order');
  const open = await trx('refunds').where({ order_id: order.id }).whereIn('status', OPEN).first('id');
  if (open) throw conflict('refund_already_open', `Order ${order.id} already has an open refund request (#${open.id})`);
  const verdict = await eligibilityOf(trx, order, receivedAt, input.lostOrStolenDevice ?? false);
  const at = now.toISOString();
  const [row] = await trx('refunds').insert({
    order_id: order.id, account_id: order.account_id, status: 'requested', source: input.source, customer_reason: input.reason,
    logged_by_staff_id: staffId(ctx.actor), requested_at: receivedAt.toISOString(), eligibility: verdict.eligibility,
    eligibility_reasons: JSON.stringify(verdict.reasons), proposed_amount_cents: verdict.proposedAmountCents,
    decision_due_at: decisionDueAt(receivedAt).toISOString(), created_at: at, updated_at: at, version: 1,
  }, ['id']);
  const id = typeof row === 'object' ? row.id : row;
  await voidPendingReferralReward(trx, order, now);
  const account = await trx('accounts').where({ id: order.account_id }).first();
  if (account.status === 'active') await ctx.queue(texts.refundReceived(customer(account), id, order.id));
  return trx('refunds').where({ id }).first();
}

async function voidPendingReferralReward(trx: Knex.Transaction, order: Row, now: Date): Promise<void> {
  const firstPaid = await trx('orders').where({ account_id: order.account_id }).where('amount_cents', '>', 0).orderBy('ordered_at').first('id');
  if (firstPaid?.id !== order.id) return;
  await trx('referrals').where({ referred_account_id: order.account_id }).whereIn('status', ['pending', 'qualifying'])
    .update({ status: 'void', voided_at: now.toISOString(), void_reason: 'refund_requested', updated_at: now.toISOString() });
}

/** Locks the order, then the refund (always in this order, so two decisions never deadlock). */
async function lockCase(trx: Knex.Transaction, refundId: number) {
  const peek = await trx('refunds').where({ id: refundId }).first('order_id');
  if (!peek) throw notFound(`Refund ${refundId} not found`);
  const order = await forUpdate(trx, trx('orders').where({ id: peek.order_id })).first();
  const refund = await forUpdate(trx, trx('refunds').where({ id: refundId })).first();
  return { order, refund };
}

/**
 * Approves a refund, full or partial, capped inside the locked transaction (MONEY.md §5.2).
 * Above the four-eyes threshold the first approval waits for a second, different finance
 * approver, who must approve the same amount. Outside policy, only an admin, with a reason.
 */
export async function approveRefund(ctx: Ctx, refundId: number, input: { amountCents: number; note?: string }): Promise<Row> {
  const { trx, now, actor } = ctx;
  if (actor.kind !== 'staff') throw forbidden();
  const { order, refund } = await lockCase(trx, refundId);
  if (!['requested', 'awaiting_second_approval'].includes(refund.status)) throw conflict('refund_already_decided', `This refund is already ${refund.status}`);
  const refundable = order.amount_cents - order.refunded_cents;
  if (input.amountCents < 1) throw ruleRefused('amount_not_positive', 'A refund is at least 1 cent');
  if (input.amountCents > refundable) throw ruleRefused('amount_exceeds_refundable', `At most ${refundable} cents remain refundable on this order`);
  const outsidePolicy = refund.eligibility === 'not_eligible';
  if (outsidePolicy) {
    if (!holdsAny(actor.roles, [])) throw forbidden('This request is not eligible under the terms: only an admin can approve it');
    if (!input.note || input.note.trim().length < 10) throw ruleRefused('reason_required', 'Approving outside the terms needs a written reason (10 characters at least)', { note: 'required' });
  } else if (input.amountCents > refund.proposed_amount_cents) {
    throw ruleRefused('amount_above_proposal', `The terms allow at most ${refund.proposed_amount_cents} cents for this request`);
  }

  const threshold = await getSetting(trx, 'four_eyes_threshold_cents');
  const approvals = await trx('refund_approvals').where({ refund_id: refund.id });
  if (approvals.some((a: Row) => a.staff_id === actor.id)) throw conflict('same_approver', 'You already approved this refund: a second, different finance approver must confirm it');
  await trx('refund_approvals').insert({ refund_id: refund.id, staff_id: actor.id, amount_cents: input.amountCents, note: input.note ?? null, outside_policy: outsidePolicy, created_at: now.toISOString() });
  const at = now.toISOString();
  if (input.amountCents > threshold && approvals.length === 0) {
    await trx('refunds').where({ id: refund.id }).update({ status: 'awaiting_second_approval', amount_cents: input.amountCents, decision_note: input.note ?? null, updated_at: at, version: refund.version + 1 });
    return trx('refunds').where({ id: refund.id }).first();
  }
  if (approvals.length > 0 && approvals[0].amount_cents !== input.amountCents) {
    throw conflict('amount_differs_from_first_approval', `The first approver granted ${approvals[0].amount_cents} cents: approve the same amount, or reject`);
  }

  await trx('refunds').where({ id: refund.id }).update({
    status: 'approved', amount_cents: input.amountCents, decided_at: at, decided_by_staff_id: actor.id, decision_note: input.note ?? refund.decision_note,
    payout_due_at: payoutDueAt(now).toISOString(), payout_method: order.payment_method, updated_at: at, version: refund.version + 1,
  });
  const refunded = order.refunded_cents + input.amountCents;
  await trx('orders').where({ id: order.id }).update({ refunded_cents: refunded, status: refunded === order.amount_cents ? 'refunded' : 'partially_refunded', updated_at: at, version: order.version + 1 });
  await endRefundedPlan(ctx, order, refund.id);
  const account = await trx('accounts').where({ id: order.account_id }).first();
  if (account.status === 'active') await ctx.queue(texts.refundApproved(customer(account), refund.id, input.amountCents));
  return trx('refunds').where({ id: refund.id }).first();
}

/** An approved refund ends the plan: status refunded, remaining data written off in the ledger. */
async function endRefundedPlan(ctx: Ctx, order: Row, refundId: number): Promise<void> {
  const plan = await ctx.trx('account_plans').where({ order_id: order.id }).orderBy('id').first();
  if (!plan) return;
  if (plan.data_remaining_mb > 0) await post(ctx.trx, { accountPlanId: plan.id, kind: 'refund_write_off', deltaMb: -plan.data_remaining_mb, refundId, orderId: order.id, actor: ctx.actor, now: ctx.now });
  await ctx.trx('account_plans').where({ id: plan.id }).update({ status: 'refunded', updated_at: ctx.now.toISOString() });
}

export async function rejectRefund(ctx: Ctx, refundId: number, input: { reasonCode: string; note?: string }): Promise<Row> {
  const { trx, now, actor } = ctx;
  const { refund } = await lockCase(trx, refundId);
  if (!['requested', 'awaiting_second_approval'].includes(refund.status)) throw conflict('refund_already_decided', `This refund is already ${refund.status}`);
  const at = now.toISOString();
  await trx('refunds').where({ id: refund.id }).update({
    status: 'rejected', reject_reason_code: input.reasonCode, decision_note: input.note ?? null, decided_at: at,
    decided_by_staff_id: staffId(actor), amount_cents: null, updated_at: at, version: refund.version + 1,
  });
  const account = await trx('accounts').where({ id: refund.account_id }).first();
  const why = input.reasonCode === 'other' ? input.note ?? '' : texts.REJECTION_WORDS[input.reasonCode as keyof typeof texts.REJECTION_WORDS][account.locale === 'en' ? 'en' : 'fr'];
  if (account.status === 'active') await ctx.queue(texts.refundRejected(customer(account), refund.id, why));
  return trx('refunds').where({ id: refund.id }).first();
}

/**
 * Pays an approved (or previously failed) refund out through the provider, to the original
 * payment method. The provider is called under the case's lock with a key stable per refund,
 * so a retry after a lost answer never pays twice.
 */
export async function recordPayout(ctx: Ctx, provider: PaymentProvider, refundId: number, input: { reference: string }): Promise<Row> {
  const { trx, now, actor } = ctx;
  const { order, refund } = await lockCase(trx, refundId);
  if (!['approved', 'failed'].includes(refund.status)) throw conflict('refund_not_payable', `Only an approved refund can be paid out; this one is ${refund.status}`);
  // A bounded number of attempts, each kept in refund_payouts (issue 13: 13 "succeeded" payouts on one refund).
  const attempts = payoutAttempts(await trx('refund_payouts').where({ refund_id: refund.id }).orderBy('id').select('status'));
  const maxAttempts = await getSetting(trx, 'payout_max_attempts');
  if (!mayAttemptPayout(attempts, maxAttempts)) {
    throw ruleRefused('payout_attempts_exhausted', `This refund has had ${attempts} payout attempts (payout_max_attempts is ${maxAttempts}): check with the payment provider before an admin allows another`);
  }
  const result = await provider.refund({
    payment: { method: order.payment_method, reference: order.payment_reference }, amountCents: refund.amount_cents,
    idempotencyKey: `refund-${refund.id}`, manualReference: input.reference,
  });
  const at = now.toISOString();
  await trx('refund_payouts').insert({
    refund_id: refund.id, amount_cents: refund.amount_cents, method: order.payment_method, provider: provider.name,
    provider_reference: result.reference, status: result.status === 'failed' ? 'failed' : 'succeeded',
    failure_reason: result.status === 'failed' ? result.failureReason : null, created_by_staff_id: staffId(actor), created_at: at,
  });
  if (result.status === 'failed') {
    // Recorded, not thrown: the attempt and its failure stay in the case's history.
    await trx('refunds').where({ id: refund.id }).update({ status: 'failed', failure_reason: result.failureReason, updated_at: at, version: refund.version + 1 });
    return trx('refunds').where({ id: refund.id }).first();
  }
  await trx('refunds').where({ id: refund.id }).update({ status: 'paid_out', payout_reference: result.reference, paid_out_at: at, failure_reason: null, updated_at: at, version: refund.version + 1 });
  const account = await trx('accounts').where({ id: refund.account_id }).first();
  if (account.status === 'active') await ctx.queue(texts.refundPaid(customer(account), refund.id, refund.amount_cents));
  return trx('refunds').where({ id: refund.id }).first();
}

/**
 * The provider reports that a payout failed, possibly after it first succeeded (MONEY.md §5.5):
 * the case reopens as `failed`, still owed and still due by its payout date.
 */
export async function recordPayoutFailure(ctx: Ctx, refundId: number, input: { reason: string }): Promise<Row> {
  const { trx, now, actor } = ctx;
  const { refund } = await lockCase(trx, refundId);
  if (!['approved', 'paid_out'].includes(refund.status)) throw conflict('refund_not_paying', `Only an approved or paid-out refund can fail; this one is ${refund.status}`);
  const at = now.toISOString();
  await trx('refund_payouts').insert({
    refund_id: refund.id, amount_cents: refund.amount_cents, method: refund.payout_method, provider: 'manual', provider_reference: null,
    status: 'failed', failure_reason: input.reason, created_by_staff_id: staffId(actor), created_at: at,
  });
  await trx('refunds').where({ id: refund.id }).update({ status: 'failed', failure_reason: input.reason, paid_out_at: null, updated_at: at, version: refund.version + 1 });
  return trx('refunds').where({ id: refund.id }).first();
}
