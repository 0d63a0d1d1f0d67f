// Referrals (GCU §7): pending → qualifying → rewarded | void.
import type { Knex } from 'knex';
import { referralOutcome } from '../domain/accounts/promotions.ts';
import { activationDeadline } from '../domain/orders/orderRules.ts';
import { forUpdate } from '../db/locks.ts';
import { toIso } from '../db/values.ts';
import { conflict, notFound, ruleRefused } from '../http/errors.ts';
import * as texts from '../outbox/accountMessages.ts';
import { lockAccountPlan, post } from './ledger.ts';
import { abuseFlagsFor } from './promotions.ts';
import type { Ctx } from './ctx.ts';

import type { AccountPlansRow, AccountsRow, ReferralsRow } from '../db/rows.generated.ts';

/** A qualifying referral with the friend's first paid plan (its state, dates, order and place). */
type ReferralCandidateRow = ReferralsRow & {
  plan_status: AccountPlansRow['status'];
  plan_expires_at: AccountPlansRow['expires_at'];
  plan_ordered_at: AccountPlansRow['ordered_at'];
  plan_order_id: AccountPlansRow['order_id'];
} & Pick<AccountPlansRow, 'country_code' | 'region_name'>;

/**
 * The sponsor whose referral code a customer enters when paying their first order in the app
 * (GCU §7.3). A referred customer must never have ordered; a customer is referred once.
 */
export async function sponsorOfCode(trx: Knex.Transaction, code: string, account: Pick<AccountsRow, 'id'>): Promise<AccountsRow> {
  const sponsor: AccountsRow | undefined = await trx('accounts')
    .where({ referral_code: code.trim().toUpperCase(), status: 'active' })
    .first();
  if (!sponsor) throw ruleRefused('unknown_promo_code', `No promo code or referral code "${code}"`, { promoCode: 'unknown' });
  if (sponsor.id === account.id)
    throw ruleRefused('self_referral', 'A customer cannot use their own referral code', { promoCode: 'self_referral' });
  if (await trx('orders').where({ account_id: account.id }).first('id'))
    throw ruleRefused(
      'referral_not_first_order',
      'A referred friend must never have ordered (GCU §7.3): the code works on the first order only',
      { promoCode: 'not_first_order' },
    );
  const existing: Pick<ReferralsRow, 'sponsor_account_id'> | undefined = await trx('referrals')
    .where({ referred_account_id: account.id })
    .first('sponsor_account_id');
  if (existing && existing.sponsor_account_id !== sponsor.id)
    throw ruleRefused('already_referred', 'This customer was already referred by someone else', { promoCode: 'already_referred' });
  return sponsor;
}

/**
 * The friend's first paid order makes the referral qualifying, with its abuse flags; a sponsor's
 * code entered at that order creates the referral first.
 */
export async function qualifyReferral(
  ctx: Ctx,
  account: Pick<AccountsRow, 'id' | 'email' | 'signup_device_id'>,
  accountPlanId: number,
  paymentFingerprint: string | null,
  codeOf: Pick<AccountsRow, 'id'> | null = null,
): Promise<void> {
  const at = ctx.now.toISOString();
  if (codeOf && !(await ctx.trx('referrals').where({ referred_account_id: account.id }).first('id'))) {
    await ctx.trx('referrals').insert({
      sponsor_account_id: codeOf.id,
      referred_account_id: account.id,
      status: 'pending',
      created_at: at,
      updated_at: at,
      version: 1,
    });
  }
  const referral: ReferralsRow | undefined = await ctx
    .trx('referrals')
    .where({ referred_account_id: account.id, status: 'pending' })
    .first();
  if (!referral) return;
  const flags = await abuseFlagsFor(ctx.trx, account.id, account.email, account.signup_device_id ?? null, paymentFingerprint);
  const sponsor: Pick<AccountsRow, 'signup_device_id'> | undefined = await ctx
    .trx('accounts')
    .where({ id: referral.sponsor_account_id })
    .first('signup_device_id');
  if (sponsor?.signup_device_id && sponsor.signup_device_id === account.signup_device_id && !flags.includes('same_device'))
    flags.unshift('same_device');
  await ctx
    .trx('referrals')
    .where({ id: referral.id })
    .update({
      status: 'qualifying',
      qualifying_account_plan_id: accountPlanId,
      abuse_flags: JSON.stringify(flags),
      updated_at: ctx.now.toISOString(),
      version: ctx.trx.raw('version + 1'),
    });
}

/**
 * The job: a qualifying referral is rewarded (1 GB by default, gifted data, through the ledger) once
 * the friend's first paid plan has expired and its refund window has closed with no request; it is
 * voided by a refund request, a refund or a cancellation (GCU §7.2).
 */
export async function settleReferrals(ctx: Ctx): Promise<{ rewarded: number[]; voided: number[] }> {
  const { trx, now } = ctx;
  const at = now.toISOString();
  // A superset of what can be settled: the plan ended, or its validity is over and it is 30 days old.
  const candidates: ReferralCandidateRow[] = await trx('referrals as r')
    .join('account_plans as p', 'p.id', 'r.qualifying_account_plan_id')
    .where('r.status', 'qualifying')
    .where((q) =>
      q
        .whereIn('p.status', ['refunded', 'cancelled'])
        .orWhere((v) =>
          v.where('p.expires_at', '<=', at).where('p.ordered_at', '<=', new Date(now.getTime() - 30 * 86_400_000).toISOString()),
        ),
    )
    .select(
      'r.*',
      'p.status as plan_status',
      'p.expires_at as plan_expires_at',
      'p.ordered_at as plan_ordered_at',
      'p.order_id as plan_order_id',
      'p.country_code',
      'p.region_name',
    )
    .orderBy('r.id')
    .limit(500);
  const rewarded: number[] = [];
  const voided: number[] = [];
  for (const r of candidates) {
    const refundRequested = r.plan_order_id ? !!(await trx('refunds').where({ order_id: r.plan_order_id }).first('id')) : false;
    const expiresAt = toIso(r.plan_expires_at);
    const outcome = referralOutcome({
      status: r.status,
      refundRequested,
      now,
      plan: { status: r.plan_status, expiresAt: expiresAt ? new Date(expiresAt) : null, orderedAt: new Date(toIso(r.plan_ordered_at)!) },
    });
    if (outcome === 'void') {
      await trx('referrals')
        .where({ id: r.id })
        .update({
          status: 'void',
          voided_at: at,
          void_reason: "The friend's first plan was refunded or cancelled",
          updated_at: at,
          version: trx.raw('version + 1'),
        });
      voided.push(r.id);
    } else if (outcome === 'reward') {
      const sponsor: AccountsRow | undefined = await trx('accounts').where({ id: r.sponsor_account_id }).first();
      if (!sponsor || sponsor.status !== 'active') continue;
      const [plan] = await trx('account_plans').insert(
        {
          account_id: sponsor.id,
          name: 'Referral reward',
          country_code: r.country_code ?? null,
          region_name: r.region_name ?? null,
          origin: 'referral_reward',
          data_total_mb: 0,
          data_used_mb: 0,
          data_remaining_mb: 0,
          data_gifted_mb: 0,
          unlimited: false,
          status: 'pending',
          validity_days: 30,
          ordered_at: at,
          activate_by: activationDeadline(now).toISOString(),
          data_blocked: false,
          created_at: at,
          updated_at: at,
          version: 1,
        },
        ['id'],
      );
      const planId = typeof plan === 'object' ? plan.id : plan;
      await post(trx, { accountPlanId: planId, kind: 'referral_reward', deltaMb: r.reward_mb, referralId: r.id, actor: ctx.actor, now });
      await trx('referrals')
        .where({ id: r.id })
        .update({ status: 'rewarded', rewarded_at: at, reward_account_plan_id: planId, updated_at: at, version: trx.raw('version + 1') });
      await ctx.queue(
        texts.referralRewarded(
          { accountId: sponsor.id, email: sponsor.email, locale: sponsor.locale === 'en' ? 'en' : 'fr' },
          r.id,
          r.reward_mb,
        ),
      );
      rewarded.push(r.id);
    }
  }
  return { rewarded, voided };
}

/**
 * Staff void a referral (abuse, GCU §7.1). A reward already granted is taken back as far as it is
 * unused: the reward plan's remaining data is written off and the plan ends; what was used stays used.
 */
export async function voidReferral(ctx: Ctx, id: number, reason: string): Promise<ReferralsRow> {
  const r: ReferralsRow | undefined = await forUpdate(ctx.trx, ctx.trx('referrals').where({ id })).first();
  if (!r) throw notFound(`Referral ${id} not found`);
  if (r.status === 'void') throw conflict('already_final', 'This referral is already void');
  const at = ctx.now.toISOString();
  if (r.status === 'rewarded' && r.reward_account_plan_id) {
    const plan = await lockAccountPlan(ctx.trx, r.reward_account_plan_id);
    if (plan.data_remaining_mb > 0)
      await post(ctx.trx, {
        accountPlanId: plan.id,
        kind: 'write_off',
        deltaMb: -plan.data_remaining_mb,
        referralId: r.id,
        actor: ctx.actor,
        now: ctx.now,
        note: `Referral ${r.id} void: ${reason}`,
      });
    if (['pending', 'active', 'exhausted'].includes(plan.status))
      await ctx
        .trx('account_plans')
        .where({ id: plan.id })
        .update({ status: 'cancelled', updated_at: at, version: ctx.trx.raw('version + 1') });
  }
  await ctx
    .trx('referrals')
    .where({ id })
    .update({
      status: 'void',
      voided_at: at,
      voided_by_staff_id: ctx.actor.kind === 'staff' ? ctx.actor.id : null,
      void_reason: reason,
      updated_at: at,
      version: ctx.trx.raw('version + 1'),
    });
  return ctx.trx('referrals').where({ id }).first();
}
