// Deactivation (GCU §5.3) and data blocks (seed 002: only staff block; the customer sees that a block exists).
import { forUpdate } from '../db/locks.ts';
import { conflict, notFound } from '../http/errors.ts';
import { lockAccountPlan } from './ledger.ts';
import type { Ctx } from './ctx.ts';

type Row = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export const anonymisedEmail = (id: number): string => `deleted-${id}@anonymised.invalid`;

/**
 * Anonymises the account at once and keeps what the law requires: orders (those over 120 € for
 * 10 years), invoices, the ledger, DSA records and the audit trail stay, tied to the account id only.
 */
export async function deactivateAccount(ctx: Ctx, id: number, reason: string): Promise<Row> {
  const { trx, now } = ctx;
  const account = await forUpdate(trx, trx('accounts').where({ id })).first();
  if (!account) throw notFound(`Account ${id} not found`);
  if (account.status === 'deactivated') throw conflict('already_deactivated', 'This account is already deactivated');
  const at = now.toISOString();
  await trx('accounts').where({ id }).update({
    status: 'deactivated', email: anonymisedEmail(id), name: null, phone: null, signup_device_id: null,
    deactivated_at: at, deactivation_reason: reason, updated_at: at, version: trx.raw('version + 1'),
  });
  await trx('esims').where({ account_id: id }).update({ device: null, device_id: null, updated_at: at });
  await trx('usage_alerts').whereIn('account_plan_id', trx('account_plans').where({ account_id: id }).select('id')).update({ destination: null, enabled: false, updated_at: at });
  await trx('promo_redemptions').where({ account_id: id }).update({ email_normalized: anonymisedEmail(id), device_id: null, updated_at: at });
  // Messages not yet sent to the old address are not sent.
  await trx('messages').where({ account_id: id }).whereIn('status', ['queued']).update({ status: 'dead', last_error: 'Account deactivated before delivery', updated_at: at });
  return trx('accounts').where({ id }).first();
}

async function openBlock(trx: Ctx['trx'], accountId: number, accountPlanId: number | null): Promise<Row | undefined> {
  const q = trx('blocks').where({ account_id: accountId }).whereNull('lifted_at');
  return accountPlanId == null ? q.whereNull('account_plan_id').first() : q.where({ account_plan_id: accountPlanId }).first();
}

/** Blocks data on a plan (or, with no plan, on the whole account), with a reason. */
export async function block(ctx: Ctx, target: { accountId?: number; accountPlanId?: number }, reason: string): Promise<Row> {
  const { trx, now } = ctx;
  const at = now.toISOString();
  let accountId = target.accountId!;
  if (target.accountPlanId != null) {
    const plan = await lockAccountPlan(trx, target.accountPlanId);
    accountId = plan.account_id;
  } else {
    const account = await forUpdate(trx, trx('accounts').where({ id: accountId })).first('id');
    if (!account) throw notFound(`Account ${accountId} not found`);
  }
  if (await openBlock(trx, accountId, target.accountPlanId ?? null)) throw conflict('already_blocked', 'Data is already blocked here');
  const [row] = await trx('blocks').insert({
    account_id: accountId, account_plan_id: target.accountPlanId ?? null, reason, created_by_staff_id: ctx.actor.kind === 'staff' ? ctx.actor.id : null,
    created_at: at, updated_at: at, version: 1,
  }, '*');
  if (target.accountPlanId != null) await trx('account_plans').where({ id: target.accountPlanId }).update({ data_blocked: true, updated_at: at, version: trx.raw('version + 1') });
  else await trx('accounts').where({ id: accountId }).update({ data_blocked: true, updated_at: at, version: trx.raw('version + 1') });
  return row;
}

export async function unblock(ctx: Ctx, target: { accountId?: number; accountPlanId?: number }, reason: string): Promise<Row> {
  const { trx, now } = ctx;
  const at = now.toISOString();
  const accountId = target.accountPlanId != null ? (await lockAccountPlan(trx, target.accountPlanId)).account_id : target.accountId!;
  const open = await openBlock(trx, accountId, target.accountPlanId ?? null);
  if (!open) throw conflict('not_blocked', 'There is no block to lift here');
  await trx('blocks').where({ id: open.id }).update({ lifted_at: at, lifted_by_staff_id: ctx.actor.kind === 'staff' ? ctx.actor.id : null, lift_reason: reason, updated_at: at, version: trx.raw('version + 1') });
  if (target.accountPlanId != null) await trx('account_plans').where({ id: target.accountPlanId }).update({ data_blocked: false, updated_at: at, version: trx.raw('version + 1') });
  else await trx('accounts').where({ id: accountId }).update({ data_blocked: false, updated_at: at, version: trx.raw('version + 1') });
  return trx('blocks').where({ id: open.id }).first();
}
