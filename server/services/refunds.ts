import type { Knex } from 'knex';
import type { Ctx } from './ctx.ts';
import type { Actor } from '../domain/actor.ts';
import { isAdmin } from '../domain/permissions.ts';
import { decisionDueAt, earliestAgentReceipt, payoutDueAt } from '../domain/refunds/clocks.ts';
import { assessRefund, type VerdictRecord } from '../domain/refunds/eligibility.ts';
import { mayAttemptPayout, payoutAttempts } from '../domain/refunds/payouts.ts';
import { forUpdate } from '../db/locks.ts';
import { parseJson, toIso } from '../db/values.ts';
import { conflict, forbidden, notFound, ruleRefused } from '../http/errors.ts';
import * as texts from '../outbox/refundMessages.ts';
import type { PaymentProvider } from '../payments/provider.ts';
import { getSetting } from '../settings.ts';
import { issueCreditNote } from './invoices.ts';
import { recordPayoutIntent } from './payouts.ts';
import { post } from './ledger.ts';
import { OPEN_REFUND_STATUSES, refundMoveRefusal, type RefundMove } from '../domain/refunds/refundStates.ts';
import type { AccountPlansRow, AccountsRow, OrdersRow, RefundApprovalsRow, RefundsRow } from '../db/rows.generated.ts';

const date = (v: unknown) => (v ? new Date(toIso(v)!) : null);
const staffId = (actor: Actor) => (actor.kind === 'staff' ? actor.id : null);
const customer = (a: Pick<AccountsRow, 'id' | 'email' | 'locale'>) => ({
  accountId: a.id,
  email: a.email,
  locale: (a.locale === 'en' ? 'en' : 'fr') as 'fr' | 'en',
});
const isAdminActor = (actor: Actor) => actor.kind === 'staff' && isAdmin(actor.roles);

/** The plan an order bought (locked with `lock`, so that no transfer moves its data meanwhile). */
async function planOfOrder(trx: Knex | Knex.Transaction, orderId: number, lock: boolean): Promise<AccountPlansRow | undefined> {
  const q = trx('account_plans').where({ order_id: orderId }).orderBy('id');
  return (lock ? forUpdate(trx as Knex.Transaction, q) : q).first();
}

/** Data the plan sent to others, net of what support returned to it (ledger: transfers out and the reversals back). */
async function dataSentMb(trx: Knex | Knex.Transaction, planId: number): Promise<number> {
  const row: { s?: number | string | null } | undefined = await trx('data_ledger')
    .where({ account_plan_id: planId })
    .where((q) => q.where({ kind: 'transfer_out' }).orWhere((r) => r.where({ kind: 'reversal' }).where('delta_mb', '>', 0)))
    .sum({ s: 'delta_mb' })
    .first();
  return Math.max(0, -Number(row?.s ?? 0));
}

/** The verdict on the facts as they are now: the order, its plan (installed, activated, used, sent away), the request. */
async function assess(
  trx: Knex | Knex.Transaction,
  order: OrdersRow,
  plan: AccountPlansRow | undefined,
  request: { requestedAt: Date; lostOrStolenDevice: boolean },
  now: Date,
): Promise<VerdictRecord> {
  return assessRefund(
    {
      order: { amountCents: order.amount_cents, refundedCents: order.refunded_cents, orderedAt: date(order.ordered_at)! },
      plan: plan
        ? {
            dataTotalMb: plan.data_total_mb,
            dataUsedMb: plan.data_used_mb,
            dataSentMb: await dataSentMb(trx, plan.id),
            installedAt: date(plan.installed_at),
            activatedAt: date(plan.activated_at),
            refunded: plan.status === 'refunded',
          }
        : { dataTotalMb: 0, dataUsedMb: 0, dataSentMb: 0, installedAt: null, activatedAt: null, refunded: false },
      request,
    },
    now,
  );
}

/** The request as the customer made it: when, and whether they lost or changed their device (older cases: from their stored reasons). */
function requestOf(refund: RefundsRow): { requestedAt: Date; lostOrStolenDevice: boolean } {
  const stored = parseJson(refund.request_facts) as VerdictRecord | null;
  const reasons = (parseJson(refund.eligibility_reasons) as string[] | null) ?? [];
  return {
    requestedAt: date(refund.requested_at)!,
    lostOrStolenDevice: stored?.facts.lostOrStolenDevice ?? reasons.includes('lost_or_stolen_device'),
  };
}

/** Then (as asked) and now (as it would be decided this instant): what the decision dialog shows. */
export async function refundAssessment(
  db: Knex,
  refundId: number,
  now: Date,
): Promise<{ then: VerdictRecord | null; now: VerdictRecord; decided: VerdictRecord | null }> {
  const refund: RefundsRow | undefined = await db('refunds').where({ id: refundId }).first();
  if (!refund) throw notFound(`Refund ${refundId} not found`);
  const order: OrdersRow = await db('orders').where({ id: refund.order_id }).first();
  const live = await assess(db, order, await planOfOrder(db, order.id, false), requestOf(refund), now);
  return {
    then: parseJson(refund.request_facts) as VerdictRecord | null,
    now: live,
    decided: parseJson(refund.decision_facts) as VerdictRecord | null,
  };
}

/**
 * A refund request (by e-mail through the support system, or logged by an agent):
 * one open request per order; the verdict, with the facts it rests on, and the decision
 * deadline are stored on the case. The plan is locked, so no transfer sends its data away
 * between the facts and the request (and none may while the request is open).
 * An agent dates a request back at most `refund_backdate_working_days` working days unless an
 * admin confirms with a reason; the integration keeps the mail server's received time.
 * A request on a referred friend's first paid plan voids the sponsor's pending reward.
 */
export async function openRefundRequest(
  ctx: Ctx,
  input: {
    orderId: number;
    reason: string;
    receivedAt?: Date;
    lostOrStolenDevice?: boolean;
    source: 'email' | 'agent';
    backdateReason?: string;
  },
): Promise<RefundsRow> {
  const { trx, now, actor } = ctx;
  const order: OrdersRow | undefined = await forUpdate(trx, trx('orders').where({ id: input.orderId })).first();
  if (!order) throw notFound(`Order ${input.orderId} not found`);
  const plan = await planOfOrder(trx, order.id, true);
  const receivedAt = input.receivedAt ?? now;
  if (receivedAt > now)
    throw ruleRefused('received_in_future', 'A request cannot be received in the future', { receivedAt: 'in the future' });
  if (receivedAt < date(order.ordered_at)!)
    throw ruleRefused('received_before_order', 'A request cannot predate its order', { receivedAt: 'before the order' });
  let backdate: { reason: string; staffId: number } | null = null;
  if (input.source === 'agent') {
    const days = await getSetting(trx, 'refund_backdate_working_days');
    if (receivedAt < earliestAgentReceipt(now, days)) {
      if (!isAdminActor(actor) || !input.backdateReason || input.backdateReason.trim().length < 10) {
        throw ruleRefused(
          'backdated_too_far',
          `An agent may date a request back ${days} working days at most; an admin may confirm an earlier date with a written reason (10 characters at least)`,
          { receivedAt: `more than ${days} working days ago` },
        );
      }
      backdate = { reason: input.backdateReason.trim(), staffId: staffId(actor)! };
    }
  }
  const open: Pick<RefundsRow, 'id'> | undefined = await trx('refunds')
    .where({ order_id: order.id })
    .whereIn('status', OPEN_REFUND_STATUSES)
    .first('id');
  if (open) throw conflict('refund_already_open', `Order ${order.id} already has an open refund request (#${open.id})`);
  const record = await assess(trx, order, plan, { requestedAt: receivedAt, lostOrStolenDevice: input.lostOrStolenDevice ?? false }, now);
  const at = now.toISOString();
  const [row] = await trx('refunds').insert(
    {
      order_id: order.id,
      account_id: order.account_id,
      status: 'requested',
      source: input.source,
      customer_reason: input.reason,
      logged_by_staff_id: staffId(actor),
      requested_at: receivedAt.toISOString(),
      eligibility: record.verdict.eligibility,
      eligibility_reasons: JSON.stringify(record.verdict.reasons),
      proposed_amount_cents: record.verdict.proposedAmountCents,
      request_facts: JSON.stringify(record),
      backdate_reason: backdate?.reason ?? null,
      backdate_confirmed_by_staff_id: backdate?.staffId ?? null,
      decision_due_at: decisionDueAt(receivedAt).toISOString(),
      created_at: at,
      updated_at: at,
      version: 1,
    },
    ['id'],
  );
  const id = typeof row === 'object' ? row.id : row;
  await voidPendingReferralReward(trx, order, now);
  const account: AccountsRow = await trx('accounts').where({ id: order.account_id }).first();
  if (account.status === 'active') await ctx.queue(texts.refundReceived(customer(account), id, order.id));
  return trx('refunds').where({ id }).first();
}

async function voidPendingReferralReward(trx: Knex.Transaction, order: Pick<OrdersRow, 'id' | 'account_id'>, now: Date): Promise<void> {
  const firstPaid: Pick<OrdersRow, 'id'> | undefined = await trx('orders')
    .where({ account_id: order.account_id })
    .where('amount_cents', '>', 0)
    .orderBy('ordered_at')
    .first('id');
  if (firstPaid?.id !== order.id) return;
  await trx('referrals')
    .where({ referred_account_id: order.account_id })
    .whereIn('status', ['pending', 'qualifying'])
    .update({ status: 'void', voided_at: now.toISOString(), void_reason: 'refund_requested', updated_at: now.toISOString() });
}

/**
 * Locks the order, then the refund, then the plan (always in this order, so two decisions never
 * deadlock), and re-assesses the request on the facts as they are now (docs/RULES.md "Refunds").
 */
async function lockCase(trx: Knex.Transaction, refundId: number, now: Date) {
  const peek: Pick<RefundsRow, 'order_id'> | undefined = await trx('refunds').where({ id: refundId }).first('order_id');
  if (!peek) throw notFound(`Refund ${refundId} not found`);
  const order: OrdersRow = await forUpdate(trx, trx('orders').where({ id: peek.order_id })).first();
  const refund: RefundsRow = await forUpdate(trx, trx('refunds').where({ id: refundId })).first();
  const plan = await planOfOrder(trx, order.id, true);
  return { order, refund, reassess: () => assess(trx, order, plan, requestOf(refund), now) };
}

/** 409 when the case is not in a state the move leaves from (the refund workflow table). */
function refuseWrongState(move: RefundMove, status: RefundsRow['status']): void {
  const refusal = refundMoveRefusal(move, status);
  if (refusal) throw conflict(refusal.code, refusal.message);
}

/**
 * Approves a refund, full or partial, capped inside the locked transaction (docs/MONEY.md §5.2), on
 * the verdict re-assessed now: what the customer did since asking (used data, installed, activated)
 * counts. Above the four-eyes threshold the first approval waits for a second, different finance
 * approver, who confirms the same amount or a lower one (never more). Outside the terms as they
 * stand now, only an admin, with a written reason.
 */
export async function approveRefund(ctx: Ctx, refundId: number, input: { amountCents: number; note?: string }): Promise<RefundsRow> {
  const { trx, now, actor } = ctx;
  if (actor.kind !== 'staff') throw forbidden();
  const { order, refund, reassess } = await lockCase(trx, refundId, now);
  refuseWrongState('approve', refund.status);
  const refundable = order.amount_cents - order.refunded_cents;
  if (input.amountCents < 1) throw ruleRefused('amount_not_positive', 'A refund is at least 1 cent');
  if (input.amountCents > refundable)
    throw ruleRefused('amount_exceeds_refundable', `At most ${refundable} cents remain refundable on this order`);
  const assessed = await reassess();
  const verdict = assessed.verdict;
  const outsidePolicy = verdict.eligibility === 'not_eligible';
  if (outsidePolicy) {
    if (!isAdminActor(actor))
      throw forbidden(
        `This request is not eligible under the terms as things stand now (${verdict.reasons.join(', ')}): only an admin can approve it`,
      );
    if (!input.note || input.note.trim().length < 10)
      throw ruleRefused('reason_required', 'Approving outside the terms needs a written reason (10 characters at least)', {
        note: 'required',
      });
  } else if (input.amountCents > verdict.proposedAmountCents) {
    throw ruleRefused(
      'amount_above_proposal',
      `The terms allow at most ${verdict.proposedAmountCents} cents for this request as things stand now`,
      { amountCents: `at most ${verdict.proposedAmountCents}` },
    );
  }

  const threshold = await getSetting(trx, 'four_eyes_threshold_cents');
  const approvals: RefundApprovalsRow[] = await trx('refund_approvals').where({ refund_id: refund.id }).orderBy('id');
  if (approvals.some((a) => a.staff_id === actor.id))
    throw conflict('same_approver', 'You already approved this refund: a second, different finance approver must confirm it');
  const firstApproval = approvals[0];
  if (firstApproval && input.amountCents > firstApproval.amount_cents) {
    throw conflict(
      'amount_above_first_approval',
      `The first approver granted ${firstApproval.amount_cents} cents: confirm that amount or a lower one, or reject`,
    );
  }
  await trx('refund_approvals').insert({
    refund_id: refund.id,
    staff_id: actor.id,
    amount_cents: input.amountCents,
    note: input.note ?? null,
    outside_policy: outsidePolicy,
    created_at: now.toISOString(),
  });
  const at = now.toISOString();
  const verdictColumns = {
    eligibility: verdict.eligibility,
    eligibility_reasons: JSON.stringify(verdict.reasons),
    proposed_amount_cents: verdict.proposedAmountCents,
    decision_facts: JSON.stringify(assessed),
  };
  if (input.amountCents > threshold && approvals.length === 0) {
    await trx('refunds')
      .where({ id: refund.id })
      .update({
        status: 'awaiting_second_approval',
        amount_cents: input.amountCents,
        decision_note: input.note ?? null,
        ...verdictColumns,
        updated_at: at,
        version: refund.version + 1,
      });
    return trx('refunds').where({ id: refund.id }).first();
  }

  await trx('refunds')
    .where({ id: refund.id })
    .update({
      status: 'approved',
      amount_cents: input.amountCents,
      decided_at: at,
      decided_by_staff_id: actor.id,
      decision_note: input.note ?? refund.decision_note,
      ...verdictColumns,
      payout_due_at: payoutDueAt(now).toISOString(),
      payout_method: order.payment_method,
      updated_at: at,
      version: refund.version + 1,
    });
  const refunded = order.refunded_cents + input.amountCents;
  await trx('orders')
    .where({ id: order.id })
    .update({
      refunded_cents: refunded,
      status: refunded === order.amount_cents ? 'refunded' : 'partially_refunded',
      updated_at: at,
      version: order.version + 1,
    });
  await endRefundedPlan(ctx, order, refund.id);
  const account: AccountsRow = await trx('accounts').where({ id: order.account_id }).first();
  if (account.status === 'active') await ctx.queue(texts.refundApproved(customer(account), refund.id, input.amountCents));
  // A remote provider: the payout intent is recorded with the approval; the worker sends it after the commit.
  if (ctx.payments?.remote)
    return recordPayoutIntent(trx, await trx('refunds').where({ id: refund.id }).first(), order, ctx.payments.provider, actor, now);
  return trx('refunds').where({ id: refund.id }).first();
}

/** An approved refund ends the plan: status refunded, remaining data (paid and gifted) written off in the ledger. */
async function endRefundedPlan(ctx: Ctx, order: Pick<OrdersRow, 'id'>, refundId: number): Promise<void> {
  const plan: AccountPlansRow | undefined = await ctx.trx('account_plans').where({ order_id: order.id }).orderBy('id').first();
  if (!plan) return;
  if (plan.data_remaining_mb > 0)
    await post(ctx.trx, {
      accountPlanId: plan.id,
      kind: 'refund_write_off',
      deltaMb: -plan.data_remaining_mb,
      refundId,
      orderId: order.id,
      actor: ctx.actor,
      now: ctx.now,
    });
  await ctx.trx('account_plans').where({ id: plan.id }).update({ status: 'refunded', updated_at: ctx.now.toISOString() });
}

/** Rejects a request with a reason code; the facts re-assessed at the decision are kept with it. */
export async function rejectRefund(ctx: Ctx, refundId: number, input: { reasonCode: string; note?: string }): Promise<RefundsRow> {
  const { trx, now, actor } = ctx;
  const { refund, reassess } = await lockCase(trx, refundId, now);
  refuseWrongState('reject', refund.status);
  const assessed = await reassess();
  const at = now.toISOString();
  await trx('refunds')
    .where({ id: refund.id })
    .update({
      status: 'rejected',
      reject_reason_code: input.reasonCode,
      decision_note: input.note ?? null,
      decided_at: at,
      eligibility: assessed.verdict.eligibility,
      eligibility_reasons: JSON.stringify(assessed.verdict.reasons),
      proposed_amount_cents: assessed.verdict.proposedAmountCents,
      decision_facts: JSON.stringify(assessed),
      decided_by_staff_id: staffId(actor),
      amount_cents: null,
      updated_at: at,
      version: refund.version + 1,
    });
  const account: AccountsRow = await trx('accounts').where({ id: refund.account_id }).first();
  const why =
    input.reasonCode === 'other'
      ? (input.note ?? '')
      : texts.REJECTION_WORDS[input.reasonCode as keyof typeof texts.REJECTION_WORDS][account.locale === 'en' ? 'en' : 'fr'];
  if (account.status === 'active') await ctx.queue(texts.refundRejected(customer(account), refund.id, why));
  return trx('refunds').where({ id: refund.id }).first();
}

/**
 * Pays an approved (or previously failed) refund out through the provider, to the original
 * payment method. The provider is called under the case's lock with a key stable per refund,
 * so a retry after a lost answer never pays twice.
 */
export async function recordPayout(
  ctx: Ctx,
  provider: PaymentProvider,
  refundId: number,
  input: { reference?: string },
): Promise<RefundsRow> {
  const { trx, now, actor } = ctx;
  const { order, refund } = await lockCase(trx, refundId, now);
  refuseWrongState('payout', refund.status);
  // A remote provider: paying again is a new intent (a new attempt, a new idempotency key), sent by the worker
  // after the commit (never a call here); the provider gives the reference, finance types none.
  if (ctx.payments?.remote) {
    if (input.reference)
      throw ruleRefused(
        'reference_not_used',
        `Refunds are paid through ${ctx.payments.provider}: paying again queues a new attempt, and the provider gives its reference; send no reference`,
        { reference: `not used with ${ctx.payments.provider}` },
      );
    return recordPayoutIntent(trx, refund, order, ctx.payments.provider, actor, now);
  }
  if (provider.remote) throw new Error('recordPayout: a remote provider is never called inside a transaction');
  const amountCents = refund.amount_cents!; // approved (or failed after its approval): the approval set the amount
  if (!input.reference)
    throw ruleRefused('reference_required', "Type the payment provider's reference of the refund you made", { reference: 'required' });
  // A bounded number of attempts, each kept in refund_payouts (issue 13: 13 "succeeded" payouts on one refund).
  const attempts = payoutAttempts(await trx('refund_payouts').where({ refund_id: refund.id }).orderBy('id').select('status'));
  const maxAttempts = await getSetting(trx, 'payout_max_attempts');
  if (!mayAttemptPayout(attempts, maxAttempts)) {
    throw ruleRefused(
      'payout_attempts_exhausted',
      `This refund has had ${attempts} payout attempts (payout_max_attempts is ${maxAttempts}): check with the payment provider before an admin allows another`,
    );
  }
  const result = await provider.refund({
    payment: { method: order.payment_method, reference: order.payment_reference },
    amountCents,
    idempotencyKey: `refund-${refund.id}`,
    manualReference: input.reference,
  });
  if (result.status === 'unknown') throw new Error(`The ${provider.name} provider gave no answer: ${result.message}`);
  const at = now.toISOString();
  await trx('refund_payouts').insert({
    refund_id: refund.id,
    amount_cents: refund.amount_cents,
    method: order.payment_method,
    provider: provider.name,
    attempt: attempts + 1,
    updated_at: at,
    provider_reference: result.reference,
    status: result.status === 'failed' ? 'failed' : 'succeeded',
    failure_reason: result.status === 'failed' ? result.failureReason : null,
    created_by_staff_id: staffId(actor),
    created_at: at,
  });
  if (result.status === 'failed') {
    // Recorded, not thrown: the attempt and its failure stay in the case's history.
    await trx('refunds')
      .where({ id: refund.id })
      .update({ status: 'failed', failure_reason: result.failureReason, updated_at: at, version: refund.version + 1 });
    return trx('refunds').where({ id: refund.id }).first();
  }
  await trx('refunds')
    .where({ id: refund.id })
    .update({
      status: 'paid_out',
      payout_reference: result.reference,
      paid_out_at: at,
      failure_reason: null,
      updated_at: at,
      version: refund.version + 1,
    });
  await issueCreditNote(trx, refund.id, now);
  const account: AccountsRow = await trx('accounts').where({ id: refund.account_id }).first();
  if (account.status === 'active') await ctx.queue(texts.refundPaid(customer(account), refund.id, amountCents));
  return trx('refunds').where({ id: refund.id }).first();
}

/**
 * The provider reports that a payout failed, possibly after it first succeeded (docs/MONEY.md §5.5):
 * the case reopens as `failed`, still owed and still due by its payout date.
 */
export async function recordPayoutFailure(ctx: Ctx, refundId: number, input: { reason: string }): Promise<RefundsRow> {
  const { trx, now, actor } = ctx;
  const { refund } = await lockCase(trx, refundId, now);
  refuseWrongState('payout_failed', refund.status);
  const at = now.toISOString();
  await trx('refund_payouts').insert({
    refund_id: refund.id,
    amount_cents: refund.amount_cents,
    method: refund.payout_method,
    provider: 'manual',
    provider_reference: null,
    status: 'failed',
    failure_reason: input.reason,
    created_by_staff_id: staffId(actor),
    created_at: at,
  });
  await trx('refunds')
    .where({ id: refund.id })
    .update({ status: 'failed', failure_reason: input.reason, paid_out_at: null, updated_at: at, version: refund.version + 1 });
  return trx('refunds').where({ id: refund.id }).first();
}
