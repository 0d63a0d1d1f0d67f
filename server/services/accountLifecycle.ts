// Deactivation (GCU §5.3) and data blocks (seed 002: only staff block; the customer sees that a block exists).
import type { Knex } from 'knex';
import { anonymousReferralCode } from '../domain/accounts/customerData.ts';
import type { DEACTIVATION_REFUND_OUTCOMES } from '../domain/enums.ts';
import { OPEN_REFUND_STATUSES } from '../domain/refunds/refundStates.ts';
import { forUpdate } from '../db/locks.ts';
import { toBool, toIso } from '../db/values.ts';
import { badRequest, conflict, notFound, ruleRefused } from '../http/errors.ts';
import { lockAccountPlan, post } from './ledger.ts';
import { rejectRefund } from './refunds.ts';
import type { Ctx } from './ctx.ts';

import type { AccountPlansRow, AccountsRow, BlocksRow, DataLedgerRow, RefundsRow, TransfersRow } from '../db/rows.generated.ts';

export const anonymisedEmail = (id: number): string => `deleted-${id}@anonymised.invalid`;

export type RefundOutcome = (typeof DEACTIVATION_REFUND_OUTCOMES)[number];
export interface DeactivationOptions {
  openRefunds?: RefundOutcome;
  refundCloseReason?: string;
}
export interface DeactivationSummary {
  plansEnded: number;
  writtenOffMb: number;
  blocksLifted: number;
  refundsClosed: number[];
  refundsContinuing: number[];
  transfersReturned: number[];
}

/** What a deactivation will touch, for the agent to see first: open refunds, pending transfers sent, plans still running. */
export async function deactivationPreview(db: Knex | Knex.Transaction, id: number) {
  const refunds: Pick<RefundsRow, 'id' | 'order_id' | 'status' | 'requested_at' | 'amount_cents' | 'proposed_amount_cents'>[] = await db(
    'refunds',
  )
    .where({ account_id: id })
    .whereIn('status', OPEN_REFUND_STATUSES)
    .orderBy('id')
    .select('id', 'order_id', 'status', 'requested_at', 'amount_cents', 'proposed_amount_cents');
  const transfers: Pick<TransfersRow, 'id' | 'recipient_email' | 'amount_mb' | 'created_at'>[] = await db('transfers')
    .where({ sender_account_id: id, status: 'pending' })
    .orderBy('id')
    .select('id', 'recipient_email', 'amount_mb', 'created_at');
  const plans: Pick<AccountPlansRow, 'id' | 'name' | 'status' | 'data_remaining_mb' | 'data_blocked'>[] = await db('account_plans')
    .where({ account_id: id })
    .whereIn('status', LIVE_PLAN_STATUSES)
    .orderBy('id')
    .select('id', 'name', 'status', 'data_remaining_mb', 'data_blocked');
  return {
    openRefunds: refunds.map((r) => ({
      id: r.id,
      orderId: r.order_id,
      status: r.status,
      requestedAt: toIso(r.requested_at),
      amountCents: r.amount_cents ?? r.proposed_amount_cents ?? null,
      closable: DECIDABLE_REFUNDS.includes(r.status),
    })),
    pendingTransfers: transfers.map((t) => ({
      id: t.id,
      recipientEmail: t.recipient_email,
      amountMb: t.amount_mb,
      createdAt: toIso(t.created_at),
    })),
    livePlans: plans.map((p) => ({
      id: p.id,
      name: p.name,
      status: p.status,
      dataRemainingMb: p.data_remaining_mb,
      dataBlocked: Boolean(toBool(p.data_blocked)),
    })),
  };
}

/** Plans that still give data: they end with the account. */
const LIVE_PLAN_STATUSES = ['pending', 'active', 'exhausted'];
/** An open refund not yet decided may be closed with the account; one approved or failed is money owed and goes on to its payout. */
const DECIDABLE_REFUNDS = ['requested', 'awaiting_second_approval'];

/**
 * Closes the account (GCU §5.3) and finishes what it touches, in one transaction: open refunds go on
 * or are closed with a reason (the agent says which), pending transfers it sent return to their plan,
 * every running plan ends (its data written off in the ledger, blocks lifted, alerts off), the referral
 * code no longer says who it was. Then the personal data is anonymised at once; what the law requires
 * stays, tied to the account id only: orders (those over 120 € for 10 years), invoices, the ledger,
 * DSA records and the audit trail.
 */
export async function deactivateAccount(
  ctx: Ctx,
  id: number,
  reason: string,
  options: DeactivationOptions = {},
): Promise<{ account: AccountsRow; summary: DeactivationSummary }> {
  const { trx, now, actor } = ctx;
  const account: AccountsRow | undefined = await forUpdate(trx, trx('accounts').where({ id })).first();
  if (!account) throw notFound(`Account ${id} not found`);
  if (account.status === 'deactivated') throw conflict('already_deactivated', 'This account is already deactivated');
  const at = now.toISOString();
  const summary: DeactivationSummary = {
    plansEnded: 0,
    writtenOffMb: 0,
    blocksLifted: 0,
    refundsClosed: [],
    refundsContinuing: [],
    transfersReturned: [],
  };

  // Open refunds: the agent has seen them and says whether they go on or are closed.
  const preview = await deactivationPreview(trx, id);
  const closable = preview.openRefunds.filter((r) => r.closable);
  if (closable.length && !options.openRefunds) {
    throw ruleRefused(
      'open_refunds_need_decision',
      `Refund${closable.length > 1 ? 's' : ''} ${closable.map((r) => `#${r.id}`).join(', ')} ${closable.length > 1 ? 'are' : 'is'} open: say whether ${closable.length > 1 ? 'they continue' : 'it continues'} or ${closable.length > 1 ? 'are' : 'is'} closed`,
      { openRefunds: closable.map((r) => r.id).join(',') },
    );
  }
  if (options.openRefunds === 'close') {
    const why = options.refundCloseReason?.trim();
    if (closable.length && (!why || why.length < 5))
      throw badRequest('invalid_input', 'Closing a refund needs a reason (5 characters at least)', { refundCloseReason: 'required' });
    for (const r of closable) {
      await rejectRefund(ctx, r.id, { reasonCode: 'other', note: `Account closed: ${why}` });
      summary.refundsClosed.push(r.id);
    }
  }
  summary.refundsContinuing = preview.openRefunds.map((r) => r.id).filter((rid) => !summary.refundsClosed.includes(rid));

  // Pending transfers it sent: nobody has the data yet, so it returns to the plan it left (and ends with it below).
  const pendingSent: TransfersRow[] = await forUpdate(
    trx,
    trx('transfers').where({ sender_account_id: id, status: 'pending' }).orderBy('id'),
  );
  for (const t of pendingSent) {
    const sent: Pick<DataLedgerRow, 'id'> | undefined = await trx('data_ledger')
      .where({ transfer_id: t.id, kind: 'transfer_out' })
      .first('id');
    await post(trx, {
      accountPlanId: t.source_account_plan_id,
      kind: 'reversal',
      deltaMb: t.amount_mb,
      transferId: t.id,
      reversesId: sent?.id ?? null,
      actor,
      now,
      note: 'sender account closed',
    });
    await trx('transfers')
      .where({ id: t.id })
      .update({
        status: 'reversed',
        fixed_at: at,
        fixed_by_staff_id: ctx.actor.kind === 'staff' ? ctx.actor.id : null,
        fix_reason: `Sender account closed: ${reason}`,
        recovered_mb: t.amount_mb,
        unrecoverable_mb: 0,
        updated_at: at,
        version: t.version + 1,
      });
    summary.transfersReturned.push(t.id);
  }

  // Every running plan ends: blocks lifted, data written off, alerts off.
  const openBlocks: BlocksRow[] = await trx('blocks').where({ account_id: id }).whereNull('lifted_at');
  for (const b of openBlocks) {
    await trx('blocks')
      .where({ id: b.id })
      .update({
        lifted_at: at,
        lifted_by_staff_id: ctx.actor.kind === 'staff' ? ctx.actor.id : null,
        lift_reason: 'Account closed',
        updated_at: at,
        version: b.version + 1,
      });
  }
  summary.blocksLifted = openBlocks.length;
  const livePlans: Pick<AccountPlansRow, 'id'>[] = await trx('account_plans')
    .where({ account_id: id })
    .whereIn('status', LIVE_PLAN_STATUSES)
    .orderBy('id')
    .select('id');
  for (const p of livePlans) {
    const plan = await lockAccountPlan(trx, p.id);
    if (plan.data_remaining_mb > 0) {
      await post(trx, {
        accountPlanId: plan.id,
        kind: 'write_off',
        deltaMb: -plan.data_remaining_mb,
        orderId: plan.order_id,
        actor,
        now,
        note: 'account closed',
      });
      summary.writtenOffMb += plan.data_remaining_mb;
    }
    await trx('account_plans')
      .where({ id: plan.id })
      .update({ status: 'cancelled', data_blocked: false, updated_at: at, version: trx.raw('version + 1') });
    summary.plansEnded += 1;
  }
  await trx('account_plans').where({ account_id: id, data_blocked: true }).update({ data_blocked: false, updated_at: at });

  await trx('accounts')
    .where({ id })
    .update({
      status: 'deactivated',
      email: anonymisedEmail(id),
      name: null,
      phone: null,
      signup_device_id: null,
      data_blocked: false,
      referral_code: anonymousReferralCode(id),
      deactivated_at: at,
      deactivation_reason: reason,
      updated_at: at,
      version: trx.raw('version + 1'),
    });
  await trx('esims').where({ account_id: id }).update({ device: null, device_id: null, updated_at: at });
  await trx('usage_alerts')
    .whereIn('account_plan_id', trx('account_plans').where({ account_id: id }).select('id'))
    .update({ destination: null, enabled: false, updated_at: at });
  await trx('promo_redemptions')
    .where({ account_id: id })
    .update({ email_normalized: anonymisedEmail(id), device_id: null, updated_at: at });
  // Messages not yet sent to the old address are not sent.
  await trx('messages')
    .where({ account_id: id })
    .whereIn('status', ['queued'])
    .update({ status: 'dead', last_error: 'Account deactivated before delivery', updated_at: at });
  // A deletion request from the app is answered by this deactivation, whoever made it.
  await trx('deletion_requests')
    .where({ account_id: id, status: 'open' })
    .update({
      status: 'completed',
      completed_at: at,
      completed_by_staff_id: ctx.actor.kind === 'staff' ? ctx.actor.id : null,
      updated_at: at,
      version: trx.raw('version + 1'),
    });
  return { account: await trx('accounts').where({ id }).first(), summary };
}

async function openBlock(trx: Ctx['trx'], accountId: number, accountPlanId: number | null): Promise<BlocksRow | undefined> {
  const q = trx('blocks').where({ account_id: accountId }).whereNull('lifted_at');
  return accountPlanId == null ? q.whereNull('account_plan_id').first() : q.where({ account_plan_id: accountPlanId }).first();
}

/** Blocks data on a plan (or, with no plan, on the whole account), with a reason. */
export async function block(ctx: Ctx, target: { accountId?: number; accountPlanId?: number }, reason: string): Promise<BlocksRow> {
  const { trx, now } = ctx;
  const at = now.toISOString();
  let accountId = target.accountId!;
  if (target.accountPlanId != null) {
    const plan = await lockAccountPlan(trx, target.accountPlanId);
    accountId = plan.account_id;
  } else {
    const account: Pick<AccountsRow, 'id'> | undefined = await forUpdate(trx, trx('accounts').where({ id: accountId })).first('id');
    if (!account) throw notFound(`Account ${accountId} not found`);
  }
  if (await openBlock(trx, accountId, target.accountPlanId ?? null)) throw conflict('already_blocked', 'Data is already blocked here');
  const [row] = await trx('blocks').insert(
    {
      account_id: accountId,
      account_plan_id: target.accountPlanId ?? null,
      reason,
      created_by_staff_id: ctx.actor.kind === 'staff' ? ctx.actor.id : null,
      created_at: at,
      updated_at: at,
      version: 1,
    },
    '*',
  );
  if (target.accountPlanId != null)
    await trx('account_plans')
      .where({ id: target.accountPlanId })
      .update({ data_blocked: true, updated_at: at, version: trx.raw('version + 1') });
  else
    await trx('accounts')
      .where({ id: accountId })
      .update({ data_blocked: true, updated_at: at, version: trx.raw('version + 1') });
  return row;
}

export async function unblock(ctx: Ctx, target: { accountId?: number; accountPlanId?: number }, reason: string): Promise<BlocksRow> {
  const { trx, now } = ctx;
  const at = now.toISOString();
  const accountId = target.accountPlanId != null ? (await lockAccountPlan(trx, target.accountPlanId)).account_id : target.accountId!;
  const open = await openBlock(trx, accountId, target.accountPlanId ?? null);
  if (!open) throw conflict('not_blocked', 'There is no block to lift here');
  await trx('blocks')
    .where({ id: open.id })
    .update({
      lifted_at: at,
      lifted_by_staff_id: ctx.actor.kind === 'staff' ? ctx.actor.id : null,
      lift_reason: reason,
      updated_at: at,
      version: trx.raw('version + 1'),
    });
  if (target.accountPlanId != null)
    await trx('account_plans')
      .where({ id: target.accountPlanId })
      .update({ data_blocked: false, updated_at: at, version: trx.raw('version + 1') });
  else
    await trx('accounts')
      .where({ id: accountId })
      .update({ data_blocked: false, updated_at: at, version: trx.raw('version + 1') });
  return trx('blocks').where({ id: open.id }).first();
}
