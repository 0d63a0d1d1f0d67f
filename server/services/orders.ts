// Orders and account plans through the customer app (docs/PRODUCT.md §3 integration): an order buys a plan,
// the plan is installed on an eSIM, then activated; its data enters through the ledger.
import type { AccountPlansRow, AccountsRow, CountriesRow, EsimsRow, OrdersRow, PlansRow, PromoCodesRow } from '../db/rows.generated.ts';
import { storedPhone } from '../domain/search/searchQuery.ts';
import { CURRENT_TERMS_VERSION } from '../domain/payments/invoices.ts';
import { issueInvoice } from './invoices.ts';
import type { Knex } from 'knex';
import { toBool, toIso } from '../db/values.ts';
import { parisDate } from '../domain/calendar.ts';
import { promotionConditionsRefusal } from '../domain/accounts/promotions.ts';
import { activationDeadline, saleRefusal } from '../domain/orders/orderRules.ts';
import { conflict, notFound, ruleRefused } from '../http/errors.ts';
import { getSetting } from '../settings.ts';
import { lockAccountPlan, post } from './ledger.ts';
import { checkRedemption, recordRedemption, welcomeAlreadyUsed, type Redemption } from './promotions.ts';
import { qualifyReferral, sponsorOfCode } from './referrals.ts';
import { addDefaultAlertRules, isBlocked } from './usage.ts';
import type { Ctx } from './ctx.ts';
import { planSendable } from './transfers.ts';

const DAY = 86_400_000;
const RETAIN_ABOVE_CENTS = 12_000; // GCS §8: contracts over 120 € incl. VAT are kept 10 years

/** The VAT inside a VAT-included amount, rounded to the cent. */
export const vatIncluded = (amountCents: number, rateBp: number): number =>
  amountCents - Math.round((amountCents * 10_000) / (10_000 + rateBp));

export interface OrderInput {
  accountId: number;
  planId: number;
  paymentMethod: string;
  paymentReference: string;
  channel: string;
  /** A promo code, or a sponsor's referral code on a first order (GCU §7.3). */
  promoCode?: string;
  orderedAt?: string;
  paymentFingerprint?: string;
  /** GCS §5.3.3.1: a promotion needs the customer's departure date and phone number. */
  departureDate?: string;
  phone?: string;
  /** The terms version accepted (default: the one in force) and the express waiver of the withdrawal right (GCS §6). */
  termsVersion?: string;
  withdrawalWaived?: boolean;
}

const SALE_REFUSALS = {
  plan_not_on_sale: (plan: Pick<PlansRow, 'id' | 'status'>) => `Plan ${plan.id} is ${plan.status}: it is not sold`,
  country_unavailable: (plan: Pick<PlansRow, 'country_code'>) =>
    `Kolet does not offer plans in ${plan.country_code} at the moment (GCS §5.1)`,
};
const CONDITION_REFUSALS: Record<string, string> = {
  promo_app_only: 'Codes are used in the Application only (GCS §5.3.4): not on a web-site order',
  welcome_already_used: 'A customer gets a welcome offer once, whatever the code (GCS §5.3.3.1)',
  promo_needs_phone: "A promotion needs the customer's phone number (GCS §5.3.3.1)",
  promo_needs_departure_date: 'A promotion needs the departure date (GCS §5.3.3.1)',
  invalid_departure_date: 'The departure date must be a real date (YYYY-MM-DD) within a year of the order',
  promo_home_market: "Promotions are for travellers abroad, never in the customer's local market (GCS §5.3.3.1)",
};

/** The advantage a code brings to this order: a promotion, or the referred friend's benefit on a first order. */
interface Advantage {
  discountCents: number;
  bonusMb: number;
  redemption: Redemption | null;
  sponsor: AccountsRow | null;
}

async function advantageOf(ctx: Ctx, input: OrderInput, account: AccountsRow, plan: PlansRow, orderedAt: Date): Promise<Advantage> {
  const none: Advantage = { discountCents: 0, bonusMb: 0, redemption: null, sponsor: null };
  const code = input.promoCode?.trim();
  if (!code) return none;
  const { trx } = ctx;
  const isPromo = !!(await trx('promo_codes').where({ code: code.toUpperCase() }).first('id'));
  const sponsor = isPromo ? null : await sponsorOfCode(trx, code, account);
  const phone = input.phone?.trim() || account.phone || null;
  const promoKind: Pick<PromoCodesRow, 'kind'> | undefined = sponsor
    ? undefined
    : await trx('promo_codes').where({ code: code.toUpperCase() }).first('kind');
  const kind = sponsor ? 'referral' : (promoKind?.kind ?? 'partner');
  const refusal = promotionConditionsRefusal({
    channel: input.channel as 'app' | 'site',
    kind,
    welcomeAlreadyUsed: kind === 'welcome' && (await welcomeAlreadyUsed(trx, account)),
    phone,
    departureDate: input.departureDate ?? null,
    orderDay: parisDate(orderedAt),
    planCountry: plan.country_code ?? null,
  });
  if (refusal) throw ruleRefused(refusal, CONDITION_REFUSALS[refusal]!, { promoCode: refusal });
  if (sponsor) {
    const percent = await getSetting(trx, 'referral_friend_discount_percent');
    return {
      ...none,
      sponsor,
      discountCents: Math.floor((plan.price_cents * percent) / 100),
      bonusMb: await getSetting(trx, 'referral_friend_bonus_mb'),
    };
  }
  const redemption = await checkRedemption(ctx, code, account, plan.price_cents, input.paymentFingerprint ?? null);
  return { ...none, redemption, discountCents: redemption.discountCents, bonusMb: redemption.bonusMb };
}

/**
 * An order (integration API): an active plan of a country on sale; a code (promotion or sponsor)
 * under its conditions; the plan's data bought as paid data (all of it gifted on a free order), any
 * bonus as gifted data; an activation deadline one calendar year later, in Paris.
 */
export async function createOrder(ctx: Ctx, input: OrderInput): Promise<{ order: OrdersRow; accountPlan: AccountPlansRow }> {
  const { trx, now } = ctx;
  const account: AccountsRow | undefined = await trx('accounts').where({ id: input.accountId }).first();
  if (!account) throw notFound(`Account ${input.accountId} not found`);
  if (account.status !== 'active') throw ruleRefused('account_inactive', 'A deactivated account cannot order');
  const plan: PlansRow | undefined = await trx('plans').where({ id: input.planId }).first();
  if (!plan) throw notFound(`Plan ${input.planId} not found`);
  const country: Pick<CountriesRow, 'available'> | undefined | null = plan.country_code
    ? await trx('countries').where({ code: plan.country_code }).first('available')
    : null;
  const notSold = saleRefusal({ status: plan.status, countryAvailable: country ? !!toBool(country.available) : null });
  if (notSold) throw ruleRefused(notSold, SALE_REFUSALS[notSold](plan));
  const orderedAt = input.orderedAt ? new Date(input.orderedAt) : now;
  if (orderedAt > now) throw ruleRefused('ordered_in_future', 'An order cannot be placed in the future', { orderedAt: 'in the future' });
  if (await trx('orders').where({ payment_reference: input.paymentReference }).first('id'))
    throw conflict('payment_reference_used', 'Another order already has this payment reference');
  const fingerprint = input.paymentFingerprint ?? null;
  const advantage = await advantageOf(ctx, input, account, plan, orderedAt);
  const amount = plan.price_cents - advantage.discountCents;
  const at = orderedAt.toISOString();
  const stamp = { created_at: now.toISOString(), updated_at: now.toISOString(), version: 1 };
  if (input.phone && !account.phone)
    await trx('accounts')
      .where({ id: account.id })
      .update({ phone: storedPhone(input.phone), updated_at: now.toISOString(), version: trx.raw('version + 1') });
  const [order] = await trx('orders').insert(
    {
      account_id: account.id,
      plan_id: plan.id,
      amount_cents: amount,
      vat_cents: vatIncluded(amount, plan.vat_rate_bp),
      list_price_cents: plan.price_cents,
      currency: 'EUR',
      payment_method: input.paymentMethod,
      payment_reference: input.paymentReference,
      payment_fingerprint: fingerprint,
      channel: input.channel,
      promo_code_id: advantage.redemption?.promo.id ?? null,
      departure_date: input.departureDate ?? null,
      status: 'paid',
      refunded_cents: 0,
      ordered_at: at,
      terms_version: input.termsVersion ?? CURRENT_TERMS_VERSION,
      withdrawal_waived_at: input.withdrawalWaived ? at : null,
      retain_until:
        amount > RETAIN_ABOVE_CENTS
          ? new Date(
              Date.UTC(
                orderedAt.getUTCFullYear() + 10,
                orderedAt.getUTCMonth(),
                orderedAt.getUTCDate(),
                orderedAt.getUTCHours(),
                orderedAt.getUTCMinutes(),
              ),
            ).toISOString()
          : null,
      ...stamp,
    },
    '*',
  );
  const origin = amount > 0 ? 'paid' : advantage.redemption?.promo.kind === 'welcome' ? 'welcome' : 'promo';
  const [row] = await trx('account_plans').insert(
    {
      account_id: account.id,
      order_id: order.id,
      plan_id: plan.id,
      country_code: plan.country_code ?? null,
      region_name: plan.region_name ?? null,
      name: plan.name,
      origin,
      data_total_mb: 0,
      data_used_mb: 0,
      data_remaining_mb: 0,
      data_gifted_mb: 0,
      unlimited: plan.data_mb == null,
      status: 'pending',
      validity_days: plan.validity_days,
      ordered_at: at,
      activate_by: activationDeadline(orderedAt).toISOString(),
      data_blocked: false,
      ...stamp,
    },
    ['id'],
  );
  const accountPlanId = typeof row === 'object' ? row.id : row;
  // An unlimited plan has its fair-use allowance (the plans_unlimited_has_fair_use CHECK).
  await post(trx, {
    accountPlanId,
    kind: 'purchase',
    deltaMb: (plan.data_mb ?? plan.fair_use_mb)!,
    orderId: order.id,
    actor: ctx.actor,
    now,
  });
  if (advantage.bonusMb > 0)
    await post(trx, {
      accountPlanId,
      kind: 'bonus',
      deltaMb: advantage.bonusMb,
      orderId: order.id,
      actor: ctx.actor,
      now,
      note: advantage.sponsor ? "Referred friend's benefit (GCU §7.3)" : `Promo code ${advantage.redemption!.promo.code}`,
    });
  await addDefaultAlertRules(trx, accountPlanId, now.toISOString());
  if (advantage.redemption) await recordRedemption(ctx, advantage.redemption, account, order.id, accountPlanId, fingerprint);
  if (origin === 'paid') await qualifyReferral(ctx, account, accountPlanId, fingerprint, advantage.sponsor);
  // The invoice, numbered in this transaction: an order that does not commit takes no number.
  if (amount > 0) await issueInvoice(trx, order.id, now);
  return { order, accountPlan: await trx('account_plans').where({ id: accountPlanId }).first() };
}

/**
 * The plan's eSIM is installed on a device. An active plan may move to a new eSIM after a change
 * of device (GCS §5.4: the customer reinstalls an eSIM and keeps using the plan): the old eSIM is
 * marked removed and the move is kept. Installing the same eSIM again changes nothing.
 */
export async function installPlan(
  ctx: Ctx,
  id: number,
  input: { iccid: string; device?: string; deviceId?: string; at?: string },
): Promise<AccountPlansRow> {
  const { trx, now } = ctx;
  const plan: AccountPlansRow = await lockAccountPlan(trx, id);
  if (plan.status !== 'pending' && plan.status !== 'active')
    throw conflict(
      'plan_not_installable',
      `This plan is ${plan.status}: only a pending plan is installed, or an active one moved to a new eSIM`,
    );
  const at = input.at ? new Date(input.at) : now;
  if (at > now) throw ruleRefused('installed_in_future', 'An installation cannot be in the future', { at: 'in the future' });
  const iccid = input.iccid.replace(/\s/g, '');
  let esim: EsimsRow | undefined = await trx('esims').where({ iccid }).first();
  if (esim && esim.account_id !== plan.account_id) throw conflict('iccid_of_other_account', 'This eSIM belongs to another account');
  const stamp = now.toISOString();
  if (plan.status === 'active' && esim && esim.id === plan.esim_id) return plan;
  if (!esim) {
    const [inserted] = await trx('esims').insert(
      {
        account_id: plan.account_id,
        iccid,
        device: input.device ?? null,
        device_id: input.deviceId ?? null,
        status: 'installed',
        installed_at: at.toISOString(),
        created_at: stamp,
        updated_at: stamp,
        version: 1,
      },
      '*',
    );
    esim = inserted as EsimsRow;
  } else if (esim.status !== 'installed') {
    await trx('esims')
      .where({ id: esim.id })
      .update({
        status: 'installed',
        installed_at: at.toISOString(),
        device: input.device ?? esim.device,
        device_id: input.deviceId ?? esim.device_id,
        updated_at: stamp,
        version: trx.raw('version + 1'),
      });
  }
  if (plan.status === 'active') {
    // The old eSIM is gone with the old device, unless another live plan still uses it.
    const sharing: Pick<AccountPlansRow, 'id'> | undefined | null = plan.esim_id
      ? await trx('account_plans')
          .where({ esim_id: plan.esim_id })
          .whereNot({ id: plan.id })
          .whereIn('status', ['pending', 'active'])
          .first('id')
      : null;
    if (plan.esim_id && !sharing)
      await trx('esims')
        .where({ id: plan.esim_id })
        .update({ status: 'removed', updated_at: stamp, version: trx.raw('version + 1') });
    await trx('esim_moves').insert({
      account_plan_id: plan.id,
      from_esim_id: plan.esim_id ?? null,
      to_esim_id: esim.id,
      moved_at: at.toISOString(),
      created_at: stamp,
    });
    await trx('account_plans')
      .where({ id })
      .update({ esim_id: esim.id, updated_at: stamp, version: trx.raw('version + 1') });
  } else {
    await trx('account_plans')
      .where({ id })
      .update({ esim_id: esim.id, installed_at: at.toISOString(), updated_at: stamp, version: trx.raw('version + 1') });
  }
  return trx('account_plans').where({ id }).first();
}

/** Activation starts the validity (docs/PRODUCT.md: validity runs from activation); refused once the 1-year deadline passed. */
export async function activatePlan(ctx: Ctx, id: number, input: { at?: string }): Promise<AccountPlansRow> {
  const { trx, now } = ctx;
  const plan: AccountPlansRow = await lockAccountPlan(trx, id);
  if (plan.status !== 'pending') throw conflict('plan_not_pending', `This plan is ${plan.status}: only a pending plan is activated`);
  if (await isBlocked(trx, plan)) throw ruleRefused('data_blocked', 'Data is blocked on this plan by Kolet support');
  const at = input.at ? new Date(input.at) : now;
  if (at > now) throw ruleRefused('activated_in_future', 'An activation cannot be in the future', { at: 'in the future' });
  if (plan.activate_by && at > new Date(toIso(plan.activate_by)!))
    throw ruleRefused('activation_deadline_passed', 'This plan had to be activated within a year of the order: it is lost');
  await trx('account_plans')
    .where({ id })
    .update({
      status: 'active',
      activated_at: at.toISOString(),
      expires_at: new Date(at.getTime() + plan.validity_days * DAY).toISOString(),
      installed_at: plan.installed_at ?? at.toISOString(),
      updated_at: now.toISOString(),
      version: trx.raw('version + 1'),
    });
  return trx('account_plans').where({ id }).first();
}

/**
 * What the customer app shows: the state of a plan, what it can send now (and why not, by code:
 * e.g. `refund_pending`, `source_unlimited`), and that a block exists (never its reason).
 */
export async function customerPlanState(db: Knex, id: number, now = new Date()): Promise<Record<string, unknown>> {
  const plan: AccountPlansRow | undefined = await db('account_plans').where({ id }).first();
  if (!plan) throw notFound(`Account plan ${id} not found`);
  return {
    id: plan.id,
    accountId: plan.account_id,
    name: plan.name,
    status: plan.status,
    unlimited: !!toBool(plan.unlimited),
    dataTotalMb: plan.data_total_mb,
    dataUsedMb: plan.data_used_mb,
    dataRemainingMb: plan.data_remaining_mb,
    dataGiftedMb: plan.data_gifted_mb,
    ...(await planSendable(db, plan, now)),
    activatedAt: toIso(plan.activated_at),
    expiresAt: toIso(plan.expires_at),
    blocked: await isBlocked(db, plan),
  };
}

/** The job: active plans past their validity expire, and their remaining data is written off (docs/PRODUCT.md: unused data is lost). */
export async function expirePlans(ctx: Ctx): Promise<{ expired: number[]; lapsed: number[] }> {
  const { trx, now } = ctx;
  const at = now.toISOString();
  const due: Pick<AccountPlansRow, 'id' | 'data_remaining_mb'>[] = await trx('account_plans')
    .where({ status: 'active' })
    .where('expires_at', '<=', at)
    .orderBy('id')
    .limit(1000)
    .select('id', 'data_remaining_mb');
  for (const p of due) {
    if (p.data_remaining_mb > 0)
      await post(trx, {
        accountPlanId: p.id,
        kind: 'expiry',
        deltaMb: -p.data_remaining_mb,
        actor: ctx.actor,
        now,
        note: 'End of validity',
      });
    await trx('account_plans')
      .where({ id: p.id })
      .update({ status: 'expired', updated_at: at, version: trx.raw('version + 1') });
  }
  // Never activated within a year of the order: lost without refund (GCS).
  const lapsed: Pick<AccountPlansRow, 'id' | 'data_remaining_mb'>[] = await trx('account_plans')
    .where({ status: 'pending' })
    .where('activate_by', '<=', at)
    .orderBy('id')
    .limit(1000)
    .select('id', 'data_remaining_mb');
  for (const p of lapsed) {
    if (p.data_remaining_mb > 0)
      await post(trx, {
        accountPlanId: p.id,
        kind: 'expiry',
        deltaMb: -p.data_remaining_mb,
        actor: ctx.actor,
        now,
        note: 'Not activated within a year',
      });
    await trx('account_plans')
      .where({ id: p.id })
      .update({ status: 'cancelled', updated_at: at, version: trx.raw('version + 1') });
  }
  return { expired: due.map((p) => p.id), lapsed: lapsed.map((p) => p.id) };
}
