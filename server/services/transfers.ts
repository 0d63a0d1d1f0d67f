import type { Knex } from 'knex';
import {
  ADDRESS_ERRORS,
  fixReasonRefusal,
  planFix,
  type FixFacts,
  type FixKind,
  type FixPlan,
  type FixReason,
  type FixRefusal,
} from '../domain/transfers/fixPlan.ts';
import { isAdmin } from '../domain/permissions.ts';
import { sendableNow, transferRefusals, type TransferFacts } from '../domain/transfers/transferRules.ts';
import { gbToMb, normalizeEmail } from '../domain/units.ts';
import { forUpdate } from '../db/locks.ts';
import { toBool, toIso } from '../db/values.ts';
import { ApiError, badRequest, notFound, ruleRefused } from '../http/errors.ts';
import * as texts from '../outbox/transferMessages.ts';
import type { Ctx } from './ctx.ts';
import { lockAccountPlan, post } from './ledger.ts';
import { addDefaultAlertRules, evaluateAlerts } from './usage.ts';
import { OPEN_REFUND_STATUSES } from '../domain/refunds/refundStates.ts';

import type { AccountPlansRow, AccountsRow, DataLedgerRow, TransfersRow } from '../db/rows.generated.ts';

const FIX_REFUSAL_STATUS: Record<FixRefusal['kind'], number> = { not_allowed: 403, already_done: 409, rule: 422 };
const fixRefused = (refusal: FixRefusal) => new ApiError(FIX_REFUSAL_STATUS[refusal.kind], refusal.code, refusal.message);

const party = (account: Pick<AccountsRow, 'id' | 'locale'> | null | undefined, email: string) => ({
  accountId: account?.id ?? null,
  email,
  locale: (account?.locale === 'en' ? 'en' : 'fr') as 'fr' | 'en',
});

export const accountByEmail = (trx: Knex | Knex.Transaction, email: string): Promise<AccountsRow | undefined> =>
  trx('accounts')
    .where({ email: normalizeEmail(email) })
    .first();

/** Is a refund request open on the order that bought this plan? (While it is, the plan's data stays put.) */
export async function refundOpenOn(db: Knex | Knex.Transaction, plan: Pick<AccountPlansRow, 'order_id'>): Promise<boolean> {
  if (!plan.order_id) return false;
  return !!(await db('refunds').where({ order_id: plan.order_id }).whereIn('status', OPEN_REFUND_STATUSES).first('id'));
}

/** The facts of the sending side of a transfer: the sender and the source plan as they are now. */
export async function sourceFacts(
  db: Knex | Knex.Transaction,
  plan: AccountPlansRow,
  sender: Pick<AccountsRow, 'id' | 'email' | 'status' | 'data_blocked'>,
): Promise<Pick<TransferFacts, 'sender' | 'source' | 'senderBlocked'>> {
  return {
    sender: { id: sender.id, email: sender.email, status: sender.status },
    source: {
      id: plan.id,
      accountId: plan.account_id,
      origin: plan.origin,
      status: plan.status,
      expiresAt: toIso(plan.expires_at),
      dataRemainingMb: plan.data_remaining_mb,
      dataGiftedMb: plan.data_gifted_mb,
      unlimited: Boolean(toBool(plan.unlimited)),
      dataBlocked: Boolean(toBool(plan.data_blocked)),
      refundOpen: await refundOpenOn(db, plan),
    },
    senderBlocked: Boolean(toBool(sender.data_blocked)),
  };
}

/** What a plan can send now and, when nothing, why: for support's 360 and the customer app. */
export async function planSendable(db: Knex | Knex.Transaction, plan: AccountPlansRow, now: Date) {
  const owner: Pick<AccountsRow, 'id' | 'email' | 'status' | 'data_blocked'> = await db('accounts')
    .where({ id: plan.account_id })
    .first('id', 'email', 'status', 'data_blocked');
  const { gb, mb, refusal } = sendableNow(await sourceFacts(db, plan, owner), now);
  return { sendableGb: gb, sendableMb: mb, notSendableBecause: refusal ? { code: refusal.code, message: refusal.message } : null };
}

/** A customer sends data (integration API): every rule checked under the source plan's lock. */
export async function createTransfer(
  ctx: Ctx,
  input: { senderAccountId: number; sourceAccountPlanId: number; recipientEmail: string; amountGb: unknown },
): Promise<TransfersRow> {
  const { trx, now } = ctx;
  const sender: AccountsRow | undefined = await trx('accounts').where({ id: input.senderAccountId }).first();
  if (!sender) throw notFound(`Account ${input.senderAccountId} not found`);
  const source: AccountPlansRow | undefined = await forUpdate(trx, trx('account_plans').where({ id: input.sourceAccountPlanId })).first();
  if (!source) throw notFound(`Account plan ${input.sourceAccountPlanId} not found`);
  const recipientEmail = normalizeEmail(input.recipientEmail);
  const recipient = await accountByEmail(trx, recipientEmail);
  const refusals = transferRefusals(
    {
      ...(await sourceFacts(trx, source, sender)),
      recipientEmail,
      recipient: recipient ? { id: recipient.id, status: recipient.status } : null,
      amountGb: input.amountGb,
    },
    now,
  );
  if (refusals.length)
    throw ruleRefused(refusals[0]!.code, refusals[0]!.message, Object.fromEntries(refusals.map((r) => [r.code, r.message])));

  const amountGb = input.amountGb as number;
  const at = now.toISOString();
  const [inserted] = await trx('transfers').insert(
    {
      sender_account_id: sender.id,
      source_account_plan_id: source.id,
      recipient_email: recipientEmail,
      amount_gb: amountGb,
      amount_mb: gbToMb(amountGb),
      status: 'pending',
      created_at: at,
      updated_at: at,
      version: 1,
    },
    ['id'],
  );
  const id = typeof inserted === 'object' ? inserted.id : inserted;
  await post(trx, { accountPlanId: source.id, kind: 'transfer_out', deltaMb: -gbToMb(amountGb), transferId: id, actor: ctx.actor, now });
  // What is left is what the alerts count: sending the last GB away is "no data left" too (docs/RULES.md "Consumption and alerts").
  await evaluateAlerts(ctx, await trx('account_plans').where({ id: source.id }).first(), null);
  await ctx.queue(texts.transferSent(party(sender, sender.email), id, gbToMb(amountGb), recipientEmail));
  const transfer: TransfersRow = await trx('transfers').where({ id }).first();
  if (recipient) await deliver(ctx, transfer, recipient);
  else await ctx.queue(texts.transferInvitation(party(null, recipientEmail), id, transfer.amount_mb, sender.email));
  return trx('transfers').where({ id }).first();
}

/** Delivered data lands in a new plan of origin `transfer`, expiring when the source plan expires. */
export async function deliver(
  ctx: Ctx,
  transfer: Pick<TransfersRow, 'id' | 'source_account_plan_id' | 'sender_account_id' | 'amount_mb' | 'version'>,
  recipient: Pick<AccountsRow, 'id' | 'email' | 'locale'>,
): Promise<void> {
  const { trx, now, actor } = ctx;
  const source: AccountPlansRow = await trx('account_plans').where({ id: transfer.source_account_plan_id }).first();
  const expiresAt = toIso(source.expires_at);
  const at = now.toISOString();
  const [planRow] = await trx('account_plans').insert(
    {
      account_id: recipient.id,
      plan_id: source.plan_id,
      country_code: source.country_code,
      region_name: source.region_name,
      name: source.name,
      origin: 'transfer',
      data_total_mb: 0,
      data_used_mb: 0,
      data_remaining_mb: 0,
      status: 'active',
      validity_days: source.validity_days,
      ordered_at: at,
      activated_at: at,
      expires_at: expiresAt,
      created_at: at,
      updated_at: at,
      version: 1,
    },
    ['id'],
  );
  const planId = typeof planRow === 'object' ? planRow.id : planRow;
  await post(trx, { accountPlanId: planId, kind: 'transfer_in', deltaMb: transfer.amount_mb, transferId: transfer.id, actor, now });
  await addDefaultAlertRules(trx, planId, at);
  if (expiresAt && new Date(expiresAt) <= now) {
    // Delivered after the source's expiry: the data arrives already lost (unused data is lost at expiry).
    await post(trx, { accountPlanId: planId, kind: 'expiry', deltaMb: -transfer.amount_mb, transferId: transfer.id, actor, now });
    await trx('account_plans').where({ id: planId }).update({ status: 'expired' });
  }
  await trx('transfers')
    .where({ id: transfer.id })
    .update({
      status: 'delivered',
      recipient_account_id: recipient.id,
      recipient_account_plan_id: planId,
      delivered_at: at,
      updated_at: at,
      version: transfer.version + 1,
    });
  const sender: AccountsRow = await trx('accounts').where({ id: transfer.sender_account_id }).first();
  await ctx.queue(texts.transferReceived(party(recipient, recipient.email), transfer.id, transfer.amount_mb, sender.email));
}

/** When an account registers, the transfers waiting for its e-mail are delivered in the same transaction. */
export async function deliverPendingTransfers(ctx: Ctx, account: Pick<AccountsRow, 'id' | 'email' | 'locale'>): Promise<number> {
  const pending: TransfersRow[] = await forUpdate(
    ctx.trx,
    ctx.trx('transfers').where({ status: 'pending', recipient_email: account.email }).orderBy('id'),
  );
  for (const t of pending) await deliver(ctx, t, account);
  return pending.length;
}

/** The facts `planFix` needs, read under the transfer's row lock. */
export async function loadFixFacts(trx: Knex | Knex.Transaction, t: TransfersRow, targetEmail?: string): Promise<FixFacts> {
  const sender: AccountsRow = await trx('accounts').where({ id: t.sender_account_id }).first();
  const source: AccountPlansRow = await trx('account_plans').where({ id: t.source_account_plan_id }).first();
  const recipientPlan: AccountPlansRow | null = t.recipient_account_plan_id
    ? await trx('account_plans').where({ id: t.recipient_account_plan_id }).first()
    : null;
  const spent = { usedMb: 0, sentOnMb: 0, expiredMb: 0 };
  if (recipientPlan) {
    const sums: (Pick<DataLedgerRow, 'kind'> & { mb: number | string })[] = await trx('data_ledger')
      .where({ account_plan_id: recipientPlan.id })
      .whereIn('kind', ['usage', 'transfer_out', 'expiry'])
      .select('kind')
      .sum({ mb: 'delta_mb' })
      .groupBy('kind');
    for (const s of sums) {
      const mb = -Number(s.mb);
      if (s.kind === 'usage') spent.usedMb = mb;
      else if (s.kind === 'transfer_out') spent.sentOnMb = mb;
      else spent.expiredMb = mb;
    }
  }
  const target = targetEmail === undefined ? undefined : await accountByEmail(trx, targetEmail);
  return {
    transfer: { id: t.id, status: t.status, amountMb: t.amount_mb, recipientEmail: t.recipient_email },
    sender: { id: sender.id, email: sender.email, status: sender.status },
    source: { id: source.id, status: source.status, expiresAt: toIso(source.expires_at) },
    recipientPlan: recipientPlan
      ? { id: recipientPlan.id, dataRemainingMb: recipientPlan.data_remaining_mb, expiresAt: toIso(recipientPlan.expires_at) }
      : null,
    spent,
    ...(targetEmail === undefined
      ? {}
      : { target: { email: targetEmail, account: target ? { id: target.id, status: target.status } : null } }),
  };
}

const entryOf = (
  trx: Knex.Transaction,
  transferId: number,
  kind: 'transfer_in' | 'transfer_out',
): Promise<Pick<DataLedgerRow, 'id' | 'account_plan_id'> | undefined> =>
  trx('data_ledger').where({ transfer_id: transferId, kind }).orderBy('id').first('id', 'account_plan_id');

export interface FixInput {
  /** The address error (seed 000: support fixes an address error, and only that). */
  reasonCode: FixReason;
  /** What happened, in the agent's words. */
  reason: string;
  /** redirect: the intended address, where the data goes. */
  email?: string;
  /** reverse: the address the sender meant (recorded; the data returns to the sender). */
  intendedEmail?: string;
  /** An admin fixing for another reason than an address error, with a written reason. */
  overrideReason?: string;
}

/**
 * Redirects or reverses a mistaken transfer in the caller's transaction: compensating
 * ledger entries (nothing edited), the transfer's new status, and the messages.
 * The transfer row is locked first, so two agents at once fix it once.
 */
export async function fixTransfer(
  ctx: Ctx,
  kind: FixKind,
  transferId: number,
  input: FixInput,
): Promise<{
  before: TransfersRow;
  transfer: TransfersRow;
  plan: FixPlan;
  correction: TransfersRow | null;
  creditedAccountPlanId: number | null;
}> {
  const { trx, now, actor } = ctx;
  const t: TransfersRow | undefined = await forUpdate(trx, trx('transfers').where({ id: transferId })).first();
  if (!t) throw notFound(`Transfer ${transferId} not found`);
  const final = fixReasonRefusal(input.reasonCode, {
    byAdmin: actor.kind === 'staff' && isAdmin(actor.roles),
    reason: input.overrideReason ?? null,
  });
  if (final) throw fixRefused(final);
  // An address error names the address the sender meant; an admin's override for another reason may not have one.
  const given = kind === 'redirect' ? input.email : input.intendedEmail;
  const intended = given ? normalizeEmail(given) : null;
  if (ADDRESS_ERRORS.includes(input.reasonCode)) {
    if (!intended)
      throw badRequest('intended_email_required', 'An address error names the address the sender meant', { intendedEmail: 'required' });
    if (intended === normalizeEmail(t.recipient_email))
      throw ruleRefused(
        'same_recipient',
        'The address the sender meant is the one the data was sent to: there is no address error to fix',
        { intendedEmail: 'same as the recipient' },
      );
  }
  const facts = await loadFixFacts(trx, t, kind === 'redirect' ? (input.email ?? '') : undefined);
  const plan = planFix(kind, facts, now);
  if (plan.refusal) throw fixRefused(plan.refusal);
  const recovered = plan.recoverableMb;
  const note = `${kind}: ${input.reason}`;

  if (t.status === 'delivered') {
    const received = await entryOf(trx, t.id, 'transfer_in');
    await post(trx, {
      accountPlanId: t.recipient_account_plan_id!, // a delivered transfer has its recipient's plan
      kind: 'reversal',
      deltaMb: -recovered,
      transferId: t.id,
      reversesId: received?.id,
      actor,
      now,
      note,
    });
  }

  let correction: TransfersRow | null = null;
  let creditedAccountPlanId: number | null = null;
  const dest = plan.destination!;
  if (kind === 'reverse') {
    const sent = await entryOf(trx, t.id, 'transfer_out');
    const accountPlanId =
      dest.kind === 'source_plan' ? dest.accountPlanId : await newTransferPlan(trx, t.sender_account_id, t.source_account_plan_id, now);
    await post(trx, { accountPlanId, kind: 'reversal', deltaMb: recovered, transferId: t.id, reversesId: sent?.id, actor, now, note });
    creditedAccountPlanId = accountPlanId;
  } else {
    const at = now.toISOString();
    const email = normalizeEmail(input.email!);
    const [row] = await trx('transfers').insert(
      {
        sender_account_id: t.sender_account_id,
        source_account_plan_id: t.source_account_plan_id,
        recipient_email: email,
        amount_gb: null,
        amount_mb: recovered,
        corrects_transfer_id: t.id,
        status: 'pending',
        created_at: at,
        updated_at: at,
        version: 1,
      },
      ['id'],
    );
    const correctionId = typeof row === 'object' ? row.id : row;
    correction = await trx('transfers').where({ id: correctionId }).first();
    const target = await accountByEmail(trx, email);
    const sender: AccountsRow = await trx('accounts').where({ id: t.sender_account_id }).first();
    if (dest.kind === 'new_plan' && target) await deliver(ctx, correction!, target);
    else await ctx.queue(texts.transferInvitation(party(null, email), correctionId, recovered, sender.email));
    correction = await trx('transfers').where({ id: correctionId }).first();
    creditedAccountPlanId = correction!.recipient_account_plan_id ?? null;
  }

  const target = kind === 'redirect' ? await accountByEmail(trx, input.email!) : null;
  await trx('transfers')
    .where({ id: t.id })
    .update({
      status: kind === 'redirect' ? 'redirected' : 'reversed',
      fixed_at: now.toISOString(),
      fixed_by_staff_id: actor.kind === 'staff' ? actor.id : null,
      fix_reason: input.reason,
      fix_reason_code: input.reasonCode,
      intended_email: intended,
      fix_override_reason: input.overrideReason?.trim() || null,
      redirected_to_email: kind === 'redirect' ? normalizeEmail(input.email!) : null,
      redirected_to_account_id: target?.id ?? null,
      recovered_mb: recovered,
      unrecoverable_mb: plan.unrecoverableMb,
      updated_at: now.toISOString(),
      version: t.version + 1,
    });

  const sender: AccountsRow = await trx('accounts').where({ id: t.sender_account_id }).first();
  await ctx.queue(
    texts.transferFixedForSender(
      party(sender, sender.email),
      t.id,
      kind,
      recovered,
      plan.unrecoverableMb,
      kind === 'redirect' ? normalizeEmail(input.email!) : null,
    ),
  );
  if (t.status === 'delivered') {
    const wrong: AccountsRow | undefined = await trx('accounts').where({ id: t.recipient_account_id }).first();
    if (wrong?.status === 'active') await ctx.queue(texts.transferWithdrawn(party(wrong, wrong.email), t.id, recovered));
  }
  return { before: t, transfer: await trx('transfers').where({ id: t.id }).first(), plan, correction, creditedAccountPlanId };
}

/** Returned data whose source plan is no longer active lands in a new plan expiring as the source would have. */
async function newTransferPlan(trx: Knex.Transaction, accountId: number, sourcePlanId: number, now: Date): Promise<number> {
  const source: AccountPlansRow = await lockAccountPlan(trx, sourcePlanId);
  const at = now.toISOString();
  const [row] = await trx('account_plans').insert(
    {
      account_id: accountId,
      plan_id: source.plan_id,
      country_code: source.country_code,
      region_name: source.region_name,
      name: source.name,
      origin: 'transfer',
      data_total_mb: 0,
      data_used_mb: 0,
      data_remaining_mb: 0,
      status: 'active',
      validity_days: source.validity_days,
      ordered_at: at,
      activated_at: at,
      expires_at: toIso(source.expires_at),
      created_at: at,
      updated_at: at,
      version: 1,
    },
    ['id'],
  );
  return typeof row === 'object' ? row.id : row;
}
