// Chargebacks (docs/PAYMENTS.md "Disputes"): from the provider's webhook (charge.dispute.created / closed) or
// recorded by hand by finance for the manual provider. Opening one stops what the payment bought; its
// outcome restores it (won, within validity) or cancels the order (lost).
import type { Knex } from 'knex';
import { appendAudit } from '../audit/auditLog.ts';
import type { Actor } from '../domain/actor.ts';
import { disputeOutcome, refundWasGranted, REFUND_STATUSES_CLOSED_BY_DISPUTE } from '../domain/payments/disputes.ts';
import { forUpdate } from '../db/locks.ts';
import { toIso } from '../db/values.ts';
import { conflict, notFound, ruleRefused } from '../http/errors.ts';
import { post } from './ledger.ts';
import type {
  AccountPlansRow,
  DisputesRow,
  MessagesRow,
  OrdersRow,
  RefundPayoutsRow,
  RefundsRow,
  TransfersRow,
  UsageRecordsRow,
} from '../db/rows.generated.ts';

const staffId = (actor: Actor) => (actor.kind === 'staff' ? actor.id : null);
const date = (v: unknown) => (v ? new Date(toIso(v)!) : null);

export interface DisputeInput {
  orderId: number;
  source: 'provider' | 'manual';
  providerDisputeId?: string | null;
  reason: string;
  amountCents: number;
  evidenceDueBy?: Date | null;
}

/**
 * Opens a dispute on an order (the same provider dispute twice: the first one, unchanged). The order becomes
 * `disputed`; its plan stops (the data left written off in the ledger, status `cancelled`); a pending referral
 * reward and the promo benefit the order earned are voided; an open refund not yet with the provider is closed
 * (a granted amount goes back to the order's refundable sum, an unsent payout intent is cancelled).
 */
export async function openDispute(
  trx: Knex.Transaction,
  actor: Actor,
  now: Date,
  input: DisputeInput,
): Promise<{ dispute: DisputesRow; created: boolean }> {
  if (input.providerDisputeId) {
    const known: DisputesRow | undefined = await trx('disputes').where({ provider_dispute_id: input.providerDisputeId }).first();
    if (known) return { dispute: known, created: false };
  }
  const order: OrdersRow | undefined = await forUpdate(trx, trx('orders').where({ id: input.orderId })).first();
  if (!order) throw notFound(`Order ${input.orderId} not found`);
  const open: Pick<DisputesRow, 'id'> | undefined = await trx('disputes').where({ order_id: order.id, status: 'open' }).first('id');
  if (open) throw conflict('dispute_already_open', `Order ${order.id} already has an open dispute (#${open.id})`);
  if (order.amount_cents <= 0) throw ruleRefused('nothing_paid', 'A free order cannot be disputed: nothing was paid');
  if (input.amountCents < 1 || input.amountCents > order.amount_cents)
    throw ruleRefused('amount_exceeds_paid', `A dispute is between 1 and ${order.amount_cents} cents on this order`, {
      amountCents: `at most ${order.amount_cents}`,
    });
  const at = now.toISOString();
  const plan: AccountPlansRow | undefined = await forUpdate(trx, trx('account_plans').where({ order_id: order.id }).orderBy('id')).first();
  const [row] = await trx('disputes').insert(
    {
      order_id: order.id,
      account_id: order.account_id,
      source: input.source,
      provider_dispute_id: input.providerDisputeId ?? null,
      reason: input.reason,
      amount_cents: input.amountCents,
      status: 'open',
      opened_at: at,
      evidence_due_by: input.evidenceDueBy?.toISOString() ?? null,
      order_status_before: order.status,
      plan_status_before: plan?.status ?? null,
      account_plan_id: plan?.id ?? null,
      written_off_mb: 0,
      created_by_staff_id: staffId(actor),
      created_at: at,
      updated_at: at,
      version: 1,
    },
    ['id'],
  );
  const id = Number(typeof row === 'object' ? row.id : row);
  let writtenOff = 0;
  if (plan && ['pending', 'active'].includes(plan.status)) {
    if (plan.data_remaining_mb > 0) {
      writtenOff = plan.data_remaining_mb;
      await post(trx, {
        accountPlanId: plan.id,
        kind: 'write_off',
        deltaMb: -writtenOff,
        orderId: order.id,
        actor,
        now,
        note: `Chargeback: dispute #${id}`,
      });
    }
    await trx('account_plans')
      .where({ id: plan.id })
      .update({ status: 'cancelled', updated_at: at, version: trx.raw('version + 1') });
  }
  await trx('disputes').where({ id }).update({ written_off_mb: writtenOff });
  await trx('orders')
    .where({ id: order.id })
    .update({ status: 'disputed', updated_at: at, version: order.version + 1 });
  // The benefits the payment earned go with it.
  const voided = { referrals: 0, redemptions: 0 };
  const firstPaid: Pick<OrdersRow, 'id'> | undefined = await trx('orders')
    .where({ account_id: order.account_id })
    .where('amount_cents', '>', 0)
    .orderBy('ordered_at')
    .first('id');
  if (firstPaid?.id === order.id) {
    voided.referrals = Number(
      await trx('referrals')
        .where({ referred_account_id: order.account_id })
        .whereIn('status', ['pending', 'qualifying'])
        .update({ status: 'void', voided_at: at, void_reason: 'chargeback', updated_at: at, version: trx.raw('version + 1') }),
    );
  }
  voided.redemptions = Number(
    await trx('promo_redemptions')
      .where({ order_id: order.id, status: 'active' })
      .update({ status: 'void', voided_at: at, void_reason: 'chargeback', updated_at: at, version: trx.raw('version + 1') }),
  );
  // An open refund ends: the bank is giving the money back instead.
  let closedRefund: number | null = null;
  const refund: RefundsRow | undefined = await forUpdate(
    trx,
    trx('refunds')
      .where({ order_id: order.id })
      .whereIn('status', [...REFUND_STATUSES_CLOSED_BY_DISPUTE, 'payout_pending']),
  ).first();
  if (refund) {
    const unsent: Pick<RefundPayoutsRow, 'id'> | undefined | null =
      refund.status === 'payout_pending'
        ? await trx('refund_payouts').where({ refund_id: refund.id, status: 'requested' }).whereNull('claimed_at').first('id')
        : null;
    if ((REFUND_STATUSES_CLOSED_BY_DISPUTE as readonly string[]).includes(refund.status) || unsent) {
      if (unsent)
        await trx('refund_payouts')
          .where({ id: unsent.id })
          .update({ status: 'cancelled', failure_reason: `Chargeback: dispute #${id}`, updated_at: at });
      if (refundWasGranted(refund.status) || unsent) {
        await trx('orders')
          .where({ id: order.id })
          .update({ refunded_cents: trx.raw('refunded_cents - ?', [refund.amount_cents ?? 0]) });
      }
      await trx('refunds')
        .where({ id: refund.id })
        .update({
          status: 'closed',
          decision_note: `Closed: the customer disputed the payment (dispute #${id})`,
          updated_at: at,
          version: refund.version + 1,
        });
      closedRefund = refund.id;
    }
  }
  await appendAudit(trx, {
    actor,
    action: 'disputes.open',
    entity: 'disputes',
    entityId: id,
    at: now,
    reason: input.reason,
    before: { orderStatus: order.status, planStatus: plan?.status ?? null },
    after: { orderStatus: 'disputed', amountCents: input.amountCents, writtenOffMb: writtenOff, closedRefund, ...voided },
  });
  return { dispute: await trx('disputes').where({ id }).first(), created: true };
}

/** The bank's decision: won → the order (and its plan, if still within validity) restored; lost → the order cancelled. */
export async function closeDispute(
  trx: Knex.Transaction,
  actor: Actor,
  now: Date,
  disputeId: number,
  input: { outcome: 'won' | 'lost'; note?: string | null },
): Promise<DisputesRow> {
  const peek: Pick<DisputesRow, 'order_id'> | undefined = await trx('disputes').where({ id: disputeId }).first('order_id');
  if (!peek) throw notFound(`Dispute ${disputeId} not found`);
  const order: OrdersRow = await forUpdate(trx, trx('orders').where({ id: peek.order_id })).first();
  const dispute: DisputesRow = await forUpdate(trx, trx('disputes').where({ id: disputeId })).first();
  if (dispute.status !== 'open') {
    if (dispute.status === input.outcome) return dispute; // the same outcome reported again
    throw conflict('dispute_closed', `This dispute is already ${dispute.status}`);
  }
  const plan: AccountPlansRow | null = dispute.account_plan_id
    ? await forUpdate(trx, trx('account_plans').where({ id: dispute.account_plan_id })).first()
    : null;
  const outcome = disputeOutcome(
    input.outcome,
    {
      orderStatusBefore: dispute.order_status_before,
      planStatusBefore: dispute.plan_status_before,
      planExpiresAt: date(plan?.expires_at),
      planActivateBy: date(plan?.activate_by),
    },
    now,
  );
  const at = now.toISOString();
  if (outcome.restorePlan && plan) {
    if (dispute.written_off_mb > 0)
      await post(trx, {
        accountPlanId: plan.id,
        kind: 'adjustment',
        deltaMb: dispute.written_off_mb,
        orderId: order.id,
        actor,
        now,
        note: `Dispute #${dispute.id} won: data restored`,
      });
    await trx('account_plans')
      .where({ id: plan.id })
      .update({ status: dispute.plan_status_before, updated_at: at, version: trx.raw('version + 1') });
  }
  await trx('orders')
    .where({ id: order.id })
    .update({ status: outcome.orderStatus, updated_at: at, version: order.version + 1 });
  await trx('disputes')
    .where({ id: dispute.id })
    .update({
      status: input.outcome,
      closed_at: at,
      outcome_note: input.note ?? null,
      closed_by_staff_id: staffId(actor),
      updated_at: at,
      version: dispute.version + 1,
    });
  await appendAudit(trx, {
    actor,
    action: `disputes.${input.outcome}`,
    entity: 'disputes',
    entityId: dispute.id,
    at: now,
    reason: input.note ?? null,
    before: { status: 'open', orderStatus: order.status },
    after: { status: input.outcome, orderStatus: outcome.orderStatus, planRestored: outcome.restorePlan },
  });
  return trx('disputes').where({ id: dispute.id }).first();
}

/** The facts finance attaches as evidence: the order, its plan's installs, usage and transfers, the messages sent. */
export async function disputeEvidence(db: Knex, disputeId: number): Promise<Record<string, unknown>> {
  const dispute: DisputesRow | undefined = await db('disputes').where({ id: disputeId }).first();
  if (!dispute) throw notFound(`Dispute ${disputeId} not found`);
  const order:
    | Pick<
        OrdersRow,
        'id' | 'ordered_at' | 'amount_cents' | 'payment_method' | 'payment_reference' | 'terms_version' | 'withdrawal_waived_at' | 'channel'
      >
    | undefined = await db('orders')
    .where({ id: dispute.order_id })
    .first('id', 'ordered_at', 'amount_cents', 'payment_method', 'payment_reference', 'terms_version', 'withdrawal_waived_at', 'channel');
  const plan: Pick<
    AccountPlansRow,
    'id' | 'name' | 'installed_at' | 'activated_at' | 'expires_at' | 'data_total_mb' | 'data_used_mb'
  > | null = dispute.account_plan_id
    ? await db('account_plans')
        .where({ id: dispute.account_plan_id })
        .first('id', 'name', 'installed_at', 'activated_at', 'expires_at', 'data_total_mb', 'data_used_mb')
    : null;
  const usage: Pick<UsageRecordsRow, 'occurred_at' | 'mb' | 'country_code'>[] = plan
    ? await db('usage_records')
        .where({ account_plan_id: plan.id })
        .orderBy('occurred_at')
        .select('occurred_at', 'mb', 'country_code')
        .limit(200)
    : [];
  const transfers: Pick<TransfersRow, 'id' | 'amount_mb' | 'status' | 'created_at'>[] = plan
    ? await db('transfers')
        .where({ source_account_plan_id: plan.id })
        .orderBy('created_at')
        .select('id', 'amount_mb', 'status', 'created_at')
    : [];
  const messages: Pick<MessagesRow, 'id' | 'template' | 'subject' | 'status' | 'created_at'>[] = await db('messages')
    .where({ account_id: dispute.account_id })
    .orderBy('created_at')
    .select('id', 'template', 'subject', 'status', 'created_at')
    .limit(100);
  return {
    dispute: {
      id: dispute.id,
      reason: dispute.reason,
      amountCents: dispute.amount_cents,
      evidenceDueBy: toIso(dispute.evidence_due_by),
      status: dispute.status,
    },
    order: order && {
      id: order.id,
      orderedAt: toIso(order.ordered_at),
      amountCents: order.amount_cents,
      paymentMethod: order.payment_method,
      paymentReference: order.payment_reference,
      termsVersion: order.terms_version,
      withdrawalWaivedAt: toIso(order.withdrawal_waived_at),
      channel: order.channel,
    },
    installs: plan
      ? { installedAt: toIso(plan.installed_at), activatedAt: toIso(plan.activated_at), expiresAt: toIso(plan.expires_at) }
      : null,
    usage: {
      totalMb: plan?.data_used_mb ?? 0,
      records: usage.map((u) => ({ at: toIso(u.occurred_at), mb: u.mb, country: u.country_code })),
    },
    transfers: transfers.map((t) => ({ id: t.id, amountMb: t.amount_mb, status: t.status, at: toIso(t.created_at) })),
    messages: messages.map((m) => ({ id: m.id, template: m.template, subject: m.subject, status: m.status, at: toIso(m.created_at) })),
  };
}
