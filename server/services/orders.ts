// Orders and account plans through the customer app (SPEC §3 integration): an order buys a plan,
// the plan is installed on an eSIM, then activated; its data enters through the ledger.
import type { Knex } from 'knex';
import { toBool, toIso } from '../db/values.ts';
import { conflict, notFound, ruleRefused } from '../http/errors.ts';
import { lockAccountPlan, post } from './ledger.ts';
import { checkRedemption, recordRedemption } from './promotions.ts';
import { qualifyReferral } from './referrals.ts';
import { addDefaultAlertRules, isBlocked } from './usage.ts';
import type { Ctx } from './transfers.ts';

type Row = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const DAY = 86_400_000;
const RETAIN_ABOVE_CENTS = 12_000; // GCS: orders over 120 € incl. VAT are kept 10 years

/** The VAT inside a VAT-included amount, rounded to the cent. */
export const vatIncluded = (amountCents: number, rateBp: number): number => amountCents - Math.round((amountCents * 10_000) / (10_000 + rateBp));

export interface OrderInput { accountId: number; planId: number; paymentMethod: string; paymentReference: string; channel: string; promoCode?: string; orderedAt?: string; paymentFingerprint?: string }

export async function createOrder(ctx: Ctx, input: OrderInput): Promise<{ order: Row; accountPlan: Row }> {
  const { trx, now } = ctx;
  const account = await trx('accounts').where({ id: input.accountId }).first();
  if (!account) throw notFound(`Account ${input.accountId} not found`);
  if (account.status !== 'active') throw ruleRefused('account_inactive', 'A deactivated account cannot order');
  const plan = await trx('plans').where({ id: input.planId }).first();
  if (!plan) throw notFound(`Plan ${input.planId} not found`);
  if (plan.status !== 'active') throw ruleRefused('plan_not_on_sale', `Plan ${plan.id} is ${plan.status}: it is not sold`);
  const orderedAt = input.orderedAt ? new Date(input.orderedAt) : now;
  if (orderedAt > now) throw ruleRefused('ordered_in_future', 'An order cannot be placed in the future', { orderedAt: 'in the future' });
  if (await trx('orders').where({ payment_reference: input.paymentReference }).first('id')) throw conflict('payment_reference_used', 'Another order already has this payment reference');
  const fingerprint = input.paymentFingerprint ?? null;
  const redemption = input.promoCode ? await checkRedemption(ctx, input.promoCode, account, plan.price_cents, fingerprint) : null;
  const amount = plan.price_cents - (redemption?.discountCents ?? 0);
  const at = orderedAt.toISOString();
  const stamp = { created_at: now.toISOString(), updated_at: now.toISOString(), version: 1 };
  const [order] = await trx('orders').insert({
    account_id: account.id, plan_id: plan.id, amount_cents: amount, vat_cents: vatIncluded(amount, plan.vat_rate_bp), list_price_cents: plan.price_cents,
    currency: 'EUR', payment_method: input.paymentMethod, payment_reference: input.paymentReference, payment_fingerprint: fingerprint, channel: input.channel,
    promo_code_id: redemption?.promo.id ?? null, status: 'paid', refunded_cents: 0, ordered_at: at,
    retain_until: amount > RETAIN_ABOVE_CENTS ? new Date(Date.UTC(orderedAt.getUTCFullYear() + 10, orderedAt.getUTCMonth(), orderedAt.getUTCDate(), orderedAt.getUTCHours(), orderedAt.getUTCMinutes())).toISOString() : null,
    ...stamp,
  }, '*');
  const origin = amount > 0 ? 'paid' : redemption?.promo.kind === 'welcome' ? 'welcome' : 'promo';
  const [row] = await trx('account_plans').insert({
    account_id: account.id, order_id: order.id, plan_id: plan.id, country_code: plan.country_code ?? null, region_name: plan.region_name ?? null, name: plan.name,
    origin, data_total_mb: 0, data_used_mb: 0, data_remaining_mb: 0, unlimited: plan.data_mb == null, status: 'pending', validity_days: plan.validity_days,
    ordered_at: at, activate_by: new Date(orderedAt.getTime() + 365 * DAY).toISOString(), data_blocked: false, ...stamp,
  }, ['id']);
  const accountPlanId = typeof row === 'object' ? row.id : row;
  await post(trx, { accountPlanId, kind: 'purchase', deltaMb: (plan.data_mb ?? plan.fair_use_mb) + (redemption?.bonusMb ?? 0), orderId: order.id, actor: ctx.actor, now });
  if (plan.data_mb != null) await addDefaultAlertRules(trx, accountPlanId, now.toISOString());
  if (redemption) await recordRedemption(ctx, redemption, account, order.id, accountPlanId, fingerprint);
  if (origin === 'paid') await qualifyReferral(ctx, account, accountPlanId, fingerprint);
  return { order, accountPlan: await trx('account_plans').where({ id: accountPlanId }).first() };
}

/** The plan's eSIM is installed on a device (an eSIM may carry several plans over time). */
export async function installPlan(ctx: Ctx, id: number, input: { iccid: string; device?: string; deviceId?: string; at?: string }): Promise<Row> {
  const { trx, now } = ctx;
  const plan = await lockAccountPlan(trx, id);
  if (plan.status !== 'pending') throw conflict('plan_not_pending', `This plan is ${plan.status}: only a pending plan is installed`);
  const at = input.at ? new Date(input.at) : now;
  if (at > now) throw ruleRefused('installed_in_future', 'An installation cannot be in the future', { at: 'in the future' });
  const iccid = input.iccid.replace(/\s/g, '');
  let esim = await trx('esims').where({ iccid }).first();
  if (esim && esim.account_id !== plan.account_id) throw conflict('iccid_of_other_account', 'This eSIM belongs to another account');
  const stamp = now.toISOString();
  if (!esim) {
    [esim] = await trx('esims').insert({ account_id: plan.account_id, iccid, device: input.device ?? null, device_id: input.deviceId ?? null, status: 'installed', installed_at: at.toISOString(), created_at: stamp, updated_at: stamp, version: 1 }, '*');
  }
  await trx('account_plans').where({ id }).update({ esim_id: esim.id, installed_at: at.toISOString(), updated_at: stamp, version: trx.raw('version + 1') });
  return trx('account_plans').where({ id }).first();
}

/** Activation starts the validity (SPEC: validity runs from activation); refused once the 1-year deadline passed. */
export async function activatePlan(ctx: Ctx, id: number, input: { at?: string }): Promise<Row> {
  const { trx, now } = ctx;
  const plan = await lockAccountPlan(trx, id);
  if (plan.status !== 'pending') throw conflict('plan_not_pending', `This plan is ${plan.status}: only a pending plan is activated`);
  if (await isBlocked(trx, plan)) throw ruleRefused('data_blocked', 'Data is blocked on this plan by Kolet support');
  const at = input.at ? new Date(input.at) : now;
  if (at > now) throw ruleRefused('activated_in_future', 'An activation cannot be in the future', { at: 'in the future' });
  if (plan.activate_by && at > new Date(toIso(plan.activate_by)!)) throw ruleRefused('activation_deadline_passed', 'This plan had to be activated within a year of the order: it is lost');
  await trx('account_plans').where({ id }).update({
    status: 'active', activated_at: at.toISOString(), expires_at: new Date(at.getTime() + plan.validity_days * DAY).toISOString(),
    installed_at: plan.installed_at ?? at.toISOString(), updated_at: now.toISOString(), version: trx.raw('version + 1'),
  });
  return trx('account_plans').where({ id }).first();
}

/** What the customer app shows: the state of a plan, and that a block exists (never its reason). */
export async function customerPlanState(db: Knex, id: number): Promise<Record<string, unknown>> {
  const plan = await db('account_plans').where({ id }).first();
  if (!plan) throw notFound(`Account plan ${id} not found`);
  return {
    id: plan.id, accountId: plan.account_id, name: plan.name, status: plan.status, unlimited: !!toBool(plan.unlimited),
    dataTotalMb: plan.data_total_mb, dataUsedMb: plan.data_used_mb, dataRemainingMb: plan.data_remaining_mb,
    activatedAt: toIso(plan.activated_at), expiresAt: toIso(plan.expires_at), blocked: await isBlocked(db, plan),
  };
}

/** The job: active plans past their validity expire, and their remaining data is written off (SPEC: unused data is lost). */
export async function expirePlans(ctx: Ctx): Promise<{ expired: number[]; lapsed: number[] }> {
  const { trx, now } = ctx;
  const at = now.toISOString();
  const due: Row[] = await trx('account_plans').where({ status: 'active' }).where('expires_at', '<=', at).orderBy('id').limit(1000).select('id', 'data_remaining_mb');
  for (const p of due) {
    if (p.data_remaining_mb > 0) await post(trx, { accountPlanId: p.id, kind: 'expiry', deltaMb: -p.data_remaining_mb, actor: ctx.actor, now, note: 'End of validity' });
    await trx('account_plans').where({ id: p.id }).update({ status: 'expired', updated_at: at, version: trx.raw('version + 1') });
  }
  // Never activated within a year of the order: lost without refund (GCS).
  const lapsed: Row[] = await trx('account_plans').where({ status: 'pending' }).where('activate_by', '<=', at).orderBy('id').limit(1000).select('id', 'data_remaining_mb');
  for (const p of lapsed) {
    if (p.data_remaining_mb > 0) await post(trx, { accountPlanId: p.id, kind: 'expiry', deltaMb: -p.data_remaining_mb, actor: ctx.actor, now, note: 'Not activated within a year' });
    await trx('account_plans').where({ id: p.id }).update({ status: 'cancelled', updated_at: at, version: trx.raw('version + 1') });
  }
  return { expired: due.map((p) => p.id), lapsed: lapsed.map((p) => p.id) };
}
