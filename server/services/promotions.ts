// Welcome and partner offers (GCS §5.3.3.1): the redemption rules, the abuse flags, voiding and withholding.
import type { AccountPlansRow, AccountsRow, PromoCodesRow, PromoRedemptionsRow } from '../db/rows.generated.ts';
import type { Knex } from 'knex';
import { parseJson, toIso } from '../db/values.ts';
import { isDisposableEmail } from '../domain/accounts/disposable.ts';
import { abuseFlags, activateBy, redemptionRefusal, type AbuseFlag } from '../domain/accounts/promotions.ts';
import { forUpdate } from '../db/locks.ts';
import { conflict, notFound, ruleRefused } from '../http/errors.ts';
import { post } from './ledger.ts';
import type { Ctx } from './ctx.ts';

const REFUSALS: Record<string, string> = {
  promo_inactive: 'This promo code is disabled',
  promo_not_started: 'This promo code is not valid yet',
  promo_expired: 'This promo code has expired',
  promo_exhausted: 'This promo code has been used as many times as allowed',
  promo_already_used: 'This account already used this promo code',
  promo_device_used: 'A welcome offer is once per device: this device already had it',
  promo_email_used: 'A welcome offer is once per e-mail address',
  disposable_email: 'Welcome offers are not available with a temporary (disposable) e-mail address',
};

/** Other accounts seen with the same device or payment fingerprint: the facts behind the abuse flags. */
export async function abuseFlagsFor(
  trx: Knex | Knex.Transaction,
  accountId: number,
  email: string,
  deviceId: string | null,
  paymentFingerprint: string | null,
): Promise<AbuseFlag[]> {
  const onDevice = deviceId
    ? new Set([
        ...(await trx('accounts').where({ signup_device_id: deviceId }).whereNot({ id: accountId }).pluck('id')),
        ...(await trx('esims').where({ device_id: deviceId }).whereNot({ account_id: accountId }).pluck('account_id')),
      ]).size
    : 0;
  const onPayment = paymentFingerprint
    ? (await trx('orders').where({ payment_fingerprint: paymentFingerprint }).whereNot({ account_id: accountId }).distinct('account_id'))
        .length
    : 0;
  return abuseFlags({ domainDisposable: isDisposableEmail(email), otherAccountsOnDevice: onDevice, otherAccountsOnPayment: onPayment });
}

export interface Redemption {
  promo: PromoCodesRow;
  discountCents: number;
  bonusMb: number;
  flags: AbuseFlag[];
}

/** Did this customer already have a welcome offer, whatever its code: by account, e-mail or device (GCS §5.3.3.1)? */
export async function welcomeAlreadyUsed(trx: Knex | Knex.Transaction, account: AccountsRow): Promise<boolean> {
  const device = account.signup_device_id ?? null;
  const used: Pick<PromoRedemptionsRow, 'id'> | undefined = await trx('promo_redemptions as r')
    .join('promo_codes as c', 'c.id', 'r.promo_code_id')
    .where('c.kind', 'welcome')
    .whereNot('r.status', 'void')
    .where((q) => {
      q.where('r.account_id', account.id).orWhere('r.email_normalized', account.email);
      if (device) q.orWhere('r.device_id', device);
    })
    .first('r.id');
  return !!used;
}

/** Checks an offer for this order; the caller records the redemption once the order exists. */
export async function checkRedemption(
  ctx: Ctx,
  code: string,
  account: AccountsRow,
  priceCents: number,
  paymentFingerprint: string | null,
): Promise<Redemption> {
  const { trx, now } = ctx;
  const promo: PromoCodesRow | undefined = await trx('promo_codes').where({ code: code.trim().toUpperCase() }).first();
  if (!promo) throw ruleRefused('unknown_promo_code', `No promo code "${code}"`, { promoCode: 'unknown' });
  const count = async (where: Record<string, unknown>) =>
    Number(
      (
        await trx('promo_redemptions')
          .where({ promo_code_id: promo.id, ...where })
          .whereNot({ status: 'void' })
          .count({ n: '*' })
          .first()
      )?.n ?? 0,
    );
  const device = account.signup_device_id ?? null;
  const refusal = redemptionRefusal({
    kind: promo.kind,
    status: promo.status,
    validFrom: new Date(toIso(promo.valid_from)!),
    validUntil: promo.valid_until ? new Date(toIso(promo.valid_until)!) : null,
    now,
    maxRedemptions: promo.max_redemptions,
    redemptions: await count({}),
    usedByAccount: (await count({ account_id: account.id })) > 0,
    usedByEmail: (await count({ email_normalized: account.email })) > 0,
    usedByDevice: device ? (await count({ device_id: device })) > 0 : false,
    disposableDomain: isDisposableEmail(account.email),
  });
  if (refusal) throw ruleRefused(refusal, REFUSALS[refusal]!, { promoCode: refusal });
  const discountCents = Math.min(priceCents, promo.discount_cents ?? Math.floor((priceCents * (promo.discount_percent ?? 0)) / 100));
  return {
    promo,
    discountCents,
    bonusMb: promo.bonus_mb ?? 0,
    flags: await abuseFlagsFor(trx, account.id, account.email, device, paymentFingerprint),
  };
}

export async function recordRedemption(
  ctx: Ctx,
  r: Redemption,
  account: AccountsRow,
  orderId: number,
  accountPlanId: number,
  paymentFingerprint: string | null,
): Promise<PromoRedemptionsRow> {
  const at = ctx.now.toISOString();
  const [row] = await ctx.trx('promo_redemptions').insert(
    {
      promo_code_id: r.promo.id,
      account_id: account.id,
      order_id: orderId,
      account_plan_id: accountPlanId,
      email_normalized: account.email,
      device_id: account.signup_device_id ?? null,
      payment_fingerprint: paymentFingerprint,
      status: 'active',
      redeemed_at: at,
      activate_by: activateBy(ctx.now, r.promo.activation_window_days ?? 90).toISOString(),
      abuse_flags: JSON.stringify(r.flags),
      created_at: at,
      updated_at: at,
      version: 1,
    },
    '*',
  );
  return row;
}

/** Staff void a redemption (abuse): its plan, if not yet used, is cancelled and its data written off. */
export async function voidRedemption(ctx: Ctx, id: number, reason: string): Promise<PromoRedemptionsRow> {
  const { trx, now } = ctx;
  const r: PromoRedemptionsRow | undefined = await forUpdate(trx, trx('promo_redemptions').where({ id })).first();
  if (!r) throw notFound(`Redemption ${id} not found`);
  if (r.status === 'void') throw conflict('already_final', 'This redemption is already void');
  const at = now.toISOString();
  await trx('promo_redemptions')
    .where({ id })
    .update({
      status: 'void',
      voided_at: at,
      voided_by_staff_id: ctx.actor.kind === 'staff' ? ctx.actor.id : null,
      void_reason: reason,
      updated_at: at,
      version: trx.raw('version + 1'),
    });
  if (r.account_plan_id) await cancelUnusedPlan(ctx, r.account_plan_id, `Promo redemption ${id} void: ${reason}`);
  return trx('promo_redemptions').where({ id }).first();
}

/** A plan never activated is cancelled and its data written off (the ledger keeps the story). */
async function cancelUnusedPlan(ctx: Ctx, accountPlanId: number, note: string): Promise<void> {
  const plan: AccountPlansRow | undefined = await ctx.trx('account_plans').where({ id: accountPlanId }).first();
  if (!plan || plan.status !== 'pending') return;
  if (plan.data_remaining_mb > 0)
    await post(ctx.trx, { accountPlanId, kind: 'expiry', deltaMb: -plan.data_remaining_mb, actor: ctx.actor, now: ctx.now, note });
  await ctx
    .trx('account_plans')
    .where({ id: accountPlanId })
    .update({ status: 'cancelled', updated_at: ctx.now.toISOString(), version: ctx.trx.raw('version + 1') });
}

/** The job: welcome offers not activated within their window are withheld (GCS §5.3.3.1). */
export async function withholdLateOffers(ctx: Ctx): Promise<{ withheld: number[] }> {
  // The join on the plan makes account_plan_id present.
  const due: (Pick<PromoRedemptionsRow, 'id'> & { account_plan_id: number })[] = await ctx
    .trx('promo_redemptions as r')
    .join('account_plans as p', 'p.id', 'r.account_plan_id')
    .where('r.status', 'active')
    .where('p.status', 'pending')
    .where('r.activate_by', '<', ctx.now.toISOString())
    .select('r.id', 'r.account_plan_id')
    .limit(500);
  for (const r of due) {
    const at = ctx.now.toISOString();
    await ctx
      .trx('promo_redemptions')
      .where({ id: r.id })
      .update({
        status: 'void',
        voided_at: at,
        void_reason: "Withheld: not activated within the offer's window",
        updated_at: at,
        version: ctx.trx.raw('version + 1'),
      });
    await cancelUnusedPlan(ctx, r.account_plan_id, `Offer not activated in time (redemption ${r.id})`);
  }
  return { withheld: due.map((r) => r.id) };
}

export const flagsOf = (row: Pick<PromoRedemptionsRow, 'abuse_flags'>): AbuseFlag[] =>
  (parseJson(row.abuse_flags) as AbuseFlag[] | null) ?? [];
