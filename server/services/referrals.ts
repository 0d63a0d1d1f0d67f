// Referrals (GCU §7): pending → qualifying → rewarded | void.
import { referralOutcome } from '../domain/accounts/promotions.ts';
import { forUpdate } from '../db/locks.ts';
import { conflict, notFound } from '../http/errors.ts';
import * as texts from '../outbox/accountMessages.ts';
import { post } from './ledger.ts';
import { abuseFlagsFor } from './promotions.ts';
import type { Ctx } from './transfers.ts';

type Row = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The friend's first paid order makes the referral qualifying, with its abuse flags. */
export async function qualifyReferral(ctx: Ctx, account: Row, accountPlanId: number, paymentFingerprint: string | null): Promise<void> {
  const referral = await ctx.trx('referrals').where({ referred_account_id: account.id, status: 'pending' }).first();
  if (!referral) return;
  const flags = await abuseFlagsFor(ctx.trx, account.id, account.email, account.signup_device_id ?? null, paymentFingerprint);
  const sponsor = await ctx.trx('accounts').where({ id: referral.sponsor_account_id }).first('signup_device_id');
  if (sponsor?.signup_device_id && sponsor.signup_device_id === account.signup_device_id && !flags.includes('same_device')) flags.unshift('same_device');
  await ctx.trx('referrals').where({ id: referral.id }).update({
    status: 'qualifying', qualifying_account_plan_id: accountPlanId, abuse_flags: JSON.stringify(flags), updated_at: ctx.now.toISOString(), version: ctx.trx.raw('version + 1'),
  });
}

/** The job: qualifying referrals whose plan ended are rewarded (1 GB by default, through the ledger) or voided. */
export async function settleReferrals(ctx: Ctx): Promise<{ rewarded: number[]; voided: number[] }> {
  const { trx, now } = ctx;
  const at = now.toISOString();
  const candidates: Row[] = await trx('referrals as r').join('account_plans as p', 'p.id', 'r.qualifying_account_plan_id')
    .where('r.status', 'qualifying').whereIn('p.status', ['expired', 'exhausted', 'refunded', 'cancelled'])
    .select('r.*', 'p.status as plan_status', 'p.order_id as plan_order_id', 'p.country_code', 'p.region_name').limit(500);
  const rewarded: number[] = [];
  const voided: number[] = [];
  for (const r of candidates) {
    const refundRequested = r.plan_order_id ? !!(await trx('refunds').where({ order_id: r.plan_order_id }).first('id')) : false;
    const outcome = referralOutcome({ status: r.status, planStatus: r.plan_status, refundRequested });
    if (outcome === 'void') {
      await trx('referrals').where({ id: r.id }).update({ status: 'void', voided_at: at, void_reason: 'The friend\'s first plan was refunded or cancelled', updated_at: at, version: trx.raw('version + 1') });
      voided.push(r.id);
    } else if (outcome === 'reward') {
      const sponsor = await trx('accounts').where({ id: r.sponsor_account_id }).first();
      if (!sponsor || sponsor.status !== 'active') continue;
      const [plan] = await trx('account_plans').insert({
        account_id: sponsor.id, name: 'Referral reward', country_code: r.country_code ?? null, region_name: r.region_name ?? null, origin: 'referral_reward',
        data_total_mb: 0, data_used_mb: 0, data_remaining_mb: 0, unlimited: false, status: 'pending', validity_days: 30, ordered_at: at,
        activate_by: new Date(now.getTime() + 365 * 86_400_000).toISOString(), data_blocked: false, created_at: at, updated_at: at, version: 1,
      }, ['id']);
      const planId = typeof plan === 'object' ? plan.id : plan;
      await post(trx, { accountPlanId: planId, kind: 'referral_reward', deltaMb: r.reward_mb, referralId: r.id, actor: ctx.actor, now });
      await trx('referrals').where({ id: r.id }).update({ status: 'rewarded', rewarded_at: at, reward_account_plan_id: planId, updated_at: at, version: trx.raw('version + 1') });
      await ctx.queue(texts.referralRewarded({ accountId: sponsor.id, email: sponsor.email, locale: sponsor.locale === 'en' ? 'en' : 'fr' }, r.id, r.reward_mb));
      rewarded.push(r.id);
    }
  }
  return { rewarded, voided };
}

export async function voidReferral(ctx: Ctx, id: number, reason: string): Promise<Row> {
  const r = await forUpdate(ctx.trx, ctx.trx('referrals').where({ id })).first();
  if (!r) throw notFound(`Referral ${id} not found`);
  if (r.status === 'rewarded' || r.status === 'void') throw conflict('already_final', `This referral is already ${r.status}`);
  const at = ctx.now.toISOString();
  await ctx.trx('referrals').where({ id }).update({ status: 'void', voided_at: at, voided_by_staff_id: ctx.actor.kind === 'staff' ? ctx.actor.id : null, void_reason: reason, updated_at: at, version: ctx.trx.raw('version + 1') });
  return ctx.trx('referrals').where({ id }).first();
}
