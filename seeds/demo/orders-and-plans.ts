// Orders (about 500) and the account plans they make, with a realistic life each:
// installed soon after buying, activated at the start of the trip, used, topped up,
// exhausted or expired; a few never activated and lost after a year (GCS).
import { homeCountryOf } from '../../server/domain/accounts/promotions.ts';
import { isGiftedOrigin } from '../../server/domain/ledger/shares.ts';
import { activationDeadline } from '../../server/domain/orders/orderRules.ts';
import { NAMED } from './accounts.ts';
import { DESTINATIONS, isSellable, priceAt, usageCountries } from './catalog.ts';
import { addUsage, credit, PlanSim, sweep } from './ledger.ts';
import { addDaysToDate, addYears, DAY, HOUR, MINUTE, parisDate, type Ms } from './time.ts';
import type { Account, AccountPlan, CatalogPlan, Order, PlanOrigin, PromoCode, World, Table } from './world.ts';

export type PaymentMethod = Order['payment_method'];

export interface OrderSpec {
  account: Account;
  catalog: CatalogPlan;
  orderedAt: Ms;
  promo?: PromoCode | null;
  method?: PaymentMethod;
  channel?: 'app' | 'site';
  fingerprint?: string | null;
  /** Omit both for a random life; null = never. */
  installedAt?: Ms | null;
  activatedAt?: Ms | null;
  /** Share of the data used over the plan's life (capped at what is left); omit for a random profile. */
  usage?: number;
  /** The order is cancelled at this instant (payment reversed): the plan is written off. */
  cancelAt?: Ms;
}

export interface PlanInit {
  account: Account;
  origin: PlanOrigin;
  name: string;
  plan_id: number | null;
  country_code: string | null;
  region_name: string | null;
  validity_days: number;
  orderedAt: Ms;
  activateBy: Ms | null;
  installedAt: Ms | null;
  activatedAt: Ms | null;
  expiresAt: Ms | null;
  unlimited?: boolean;
  orderId?: number | null;
}

export function createAccountPlan(w: World, p: PlanInit): AccountPlan {
  const plan: AccountPlan = {
    id: w.id('account_plans'),
    account_id: p.account.id,
    order_id: p.orderId ?? null,
    plan_id: p.plan_id,
    country_code: p.country_code,
    region_name: p.region_name,
    name: p.name,
    origin: p.origin,
    data_total_mb: 0,
    data_used_mb: 0,
    data_remaining_mb: 0,
    data_gifted_mb: 0,
    unlimited: p.unlimited ?? false,
    status: 'pending',
    esim_id: null,
    validity_days: p.validity_days,
    ordered_at: p.orderedAt,
    activate_by: p.activateBy,
    installed_at: p.installedAt,
    activated_at: p.activatedAt,
    expires_at: p.expiresAt,
    data_blocked: false,
    created_at: p.orderedAt,
    updated_at: p.orderedAt,
    version: 1,
    _sim: new PlanSim(isGiftedOrigin(p.origin)),
    _account: p.account,
  };
  w.accountPlans.push(plan);
  return plan;
}

export const vatOf = (amount: number, vatRateBp: number): number => amount - Math.round((amount * 10_000) / (10_000 + vatRateBp));

function paymentReference(w: World, method: PaymentMethod, free: boolean): string {
  if (free) return `free_${w.rng.alnum(20, 'lower')}`;
  if (method === 'flying_blue') return `FB-${w.rng.digits(12)}`;
  return `pi_3${w.rng.alnum(23)}`;
}

/** A random but plausible life: installed soon, activated when the trip starts, sometimes never. */
function randomLife(w: World, orderedAt: Ms): { installedAt: Ms | null; activatedAt: Ms | null } {
  const r = w.rng;
  if (r.chance(0.05)) {
    const installedAt = r.chance(0.5) ? orderedAt + r.int(5, 600) * MINUTE : null;
    return { installedAt: installedAt != null && installedAt < w.now ? installedAt : null, activatedAt: null };
  }
  const installedAt =
    orderedAt +
    r.weighted([
      [r.int(3, 60), 60],
      [r.int(60, 1440), 30],
      [r.int(1440, 5760), 10],
    ] as const) *
      MINUTE;
  const lead = r.weighted([
    [r.int(10, 360) * MINUTE, 50],
    [r.int(1, 20) * DAY + r.int(0, 1439) * MINUTE, 35],
    [r.int(20, 60) * DAY, 15],
  ] as const);
  if (installedAt > w.now - 10 * MINUTE) return { installedAt: null, activatedAt: null };
  const activatedAt = installedAt + lead;
  return { installedAt, activatedAt: activatedAt > w.now - 40 * MINUTE ? null : activatedAt };
}

/** Share of the data a traveller uses over the whole validity. */
function randomUsage(w: World, unlimited: boolean): { share: number; exhaust: boolean } {
  const profile = w.rng.weighted(
    unlimited
      ? ([
          ['heavy', 15],
          ['medium', 40],
          ['light', 45],
        ] as const) // the fair-use cap slows an unlimited plan down, it never ends it
      : ([
          ['exhaust', 16],
          ['heavy', 34],
          ['medium', 28],
          ['light', 16],
          ['tiny', 6],
        ] as const),
  );
  const share = {
    exhaust: 1.25,
    heavy: w.rng.between(0.6, 0.99),
    medium: w.rng.between(0.25, 0.6),
    light: w.rng.between(0.02, 0.25),
    tiny: w.rng.between(0.001, 0.009),
  }[profile];
  return { share, exhaust: profile === 'exhaust' };
}

/** Adds usage to a plan from `from` to its end (or now), `share` of `total` over the full validity. */
export function useData(w: World, plan: AccountPlan, from: Ms, share: number, total: number, scaleWithTime = true): void {
  if (plan.expires_at == null) return;
  const to = Math.min(plan.expires_at, w.now);
  const elapsed = scaleWithTime ? Math.min(1, (to - from) / (plan.expires_at - from)) : 1;
  addUsage(w, plan, from, to, Math.round(share * total * elapsed), usageCountries(plan));
}

/**
 * The conditions of a promotion (GCS §5.3.3.1, §5.3.4): ordered in the app, with a phone number and
 * a departure date, never in the customer's local market. A customer without a phone gives one; an
 * order in their home market gets no promotion.
 */
function promotionFor(w: World, spec: OrderSpec): PromoCode | null {
  const promo = spec.promo ?? null;
  if (!promo) return null;
  const account = spec.account;
  if (!account.phone) account.phone = account.locale === 'fr' ? `+336${w.rng.digits(8)}` : `+447${w.rng.digits(9)}`;
  if (spec.catalog.country_code && homeCountryOf(account.phone) === spec.catalog.country_code) return null;
  return promo;
}

export function createOrder(w: World, spec: OrderSpec): Order {
  const { account, catalog, orderedAt } = spec;
  const r = w.rng;
  const listPrice = priceAt(catalog, orderedAt);
  const promo = promotionFor(w, spec);
  let amount = listPrice;
  if (promo?.discount_percent != null) amount = Math.floor((listPrice * (100 - promo.discount_percent)) / 100);
  else if (promo?.discount_cents != null) amount = Math.max(0, listPrice - promo.discount_cents);
  const free = amount === 0;
  const origin: PlanOrigin = !free ? 'paid' : promo?.kind === 'welcome' ? 'welcome' : 'promo';
  const method: PaymentMethod =
    spec.method ??
    r.weighted([
      ['card', 55],
      ['apple_pay', 25],
      ['google_pay', 12],
      ['flying_blue', 8],
    ] as const);
  const fingerprint =
    spec.fingerprint !== undefined ? spec.fingerprint : free || method === 'flying_blue' ? null : r.pick(account._fingerprints);

  const life =
    spec.cancelAt != null
      ? { installedAt: null, activatedAt: null }
      : spec.installedAt !== undefined || spec.activatedAt !== undefined
        ? { installedAt: spec.installedAt ?? null, activatedAt: spec.activatedAt ?? null }
        : randomLife(w, orderedAt);
  const unlimited = catalog.data_mb == null;
  const total = catalog.data_mb ?? catalog.fair_use_mb!;
  const orderId = w.id('orders');
  const plan = createAccountPlan(w, {
    account,
    origin,
    name: catalog.name,
    plan_id: catalog.id,
    country_code: catalog.country_code,
    region_name: catalog.region_name,
    validity_days: catalog.validity_days,
    orderedAt,
    activateBy: activationDeadline(new Date(orderedAt)).getTime(),
    installedAt: life.installedAt,
    activatedAt: life.activatedAt,
    expiresAt: life.activatedAt != null ? life.activatedAt + catalog.validity_days * DAY : null,
    unlimited,
    orderId,
  });
  const order: Order = {
    id: orderId,
    account_id: account.id,
    plan_id: catalog.id,
    amount_cents: amount,
    vat_cents: vatOf(amount, catalog.vat_rate_bp),
    list_price_cents: listPrice,
    currency: 'EUR',
    payment_method: free ? 'card' : method,
    payment_reference: paymentReference(w, method, free),
    payment_fingerprint: fingerprint,
    channel: promo ? 'app' : (spec.channel ?? (r.chance(0.7) ? 'app' : 'site')),
    promo_code_id: promo?.id ?? null,
    departure_date: promo ? addDaysToDate(parisDate(orderedAt), r.int(0, 20)) : null,
    status: 'paid',
    refunded_cents: 0,
    ordered_at: orderedAt,
    retain_until: amount > 12_000 ? addYears(orderedAt, 10) : null,
    created_at: orderedAt,
    updated_at: orderedAt,
    version: 1,
    _plan: plan,
    _catalog: catalog,
  };
  w.orders.push(order);
  credit(w, plan, total, {
    at: orderedAt + 2_000,
    kind: 'purchase',
    refs: { order_id: order.id },
    actor_kind: 'integration',
    actor_id: w.serviceTokenId,
    key: `purchase:${plan.id}`,
  });
  // A code's bonus data is gifted data inside the plan: never sendable (seed 000).
  if (promo?.bonus_mb)
    credit(w, plan, promo.bonus_mb, {
      at: orderedAt + 2_001,
      kind: 'bonus',
      refs: { order_id: order.id },
      actor_kind: 'integration',
      actor_id: w.serviceTokenId,
      note: `Promo code ${promo.code}`,
    });

  if (spec.cancelAt != null) {
    order.status = 'cancelled';
    order.updated_at = spec.cancelAt;
    plan._reserved = 'cancelled';
    sweep(w, plan, 'cancelled', {
      at: spec.cancelAt,
      kind: 'adjustment',
      actor_kind: 'staff',
      actor_id: w.staff.support.id,
      note: 'Order cancelled: payment reversed by the bank',
    });
    w.audit.push({
      at: spec.cancelAt,
      staff: w.staff.support,
      action: 'orders.cancel',
      entity: 'orders',
      entityId: order.id,
      before: { status: 'paid' },
      after: { status: 'cancelled' },
      reason: 'Payment reversed by the bank (chargeback)',
    });
  } else if (plan.activated_at != null) {
    const { share, exhaust } = spec.usage !== undefined ? { share: spec.usage, exhaust: false } : randomUsage(w, unlimited);
    useData(w, plan, plan.activated_at, share, total, !exhaust);
  }
  return order;
}

const destinationWeights = [
  ...DESTINATIONS.map((d) => [d.code, d.weight] as const),
  ['Europe', 4] as const,
  ['Asia', 2] as const,
  ['World', 0.6] as const,
];

/** A plan a traveller would pick at `at` for a destination (mid-size plans most often). */
export function pickCatalogPlan(w: World, at: Ms, destination?: string): CatalogPlan | null {
  for (let attempt = 0; attempt < 6; attempt++) {
    const dest = destination ?? w.rng.weighted(destinationWeights);
    const options = w.catalogPlans.filter((p) => (p.country_code ?? p.region_name) === dest && isSellable(p, at));
    if (options.length) {
      return w.rng.weighted(
        options.map(
          (p) => [p, p.data_mb == null ? 1.5 : p.data_mb <= 1024 ? 2 : p.data_mb <= 5120 ? 5 : p.data_mb <= 10240 ? 4 : 2] as const,
        ),
      );
    }
    if (destination) return null;
  }
  return null;
}

export function oneGbPlan(w: World, at: Ms, destination: string): CatalogPlan | null {
  return w.catalogPlans.find((p) => p.country_code === destination && p.data_mb === 1024 && isSellable(p, at)) ?? null;
}

export function validPromos(w: World, at: Ms, kind: PromoCode['kind']): PromoCode[] {
  return w.promoCodes.filter(
    (c) =>
      c.kind === kind &&
      c.valid_from <= at &&
      (c.valid_until == null || at < c.valid_until) &&
      (c.status === 'active' || at < c.updated_at),
  );
}

/** The generic customers' history. Scenario accounts get their orders from their scenario. */
export function buildOrders(w: World): void {
  const r = w.rng;
  for (const account of w.accounts) {
    if (account._scripted === 'referral-friend') continue;
    const closing = account._scripted === 'closing';
    const n = closing
      ? r.int(1, 3)
      : r.weighted([
          [0, 13],
          [1, 50],
          [2, 20],
          [3, 8],
          [r.int(4, 6), 6],
          [r.int(7, 9), 3],
        ] as const);
    const from = account.created_at + 5 * MINUTE;
    const until = closing ? Math.min(w.now - 200 * DAY, account.created_at + 150 * DAY) : w.now - HOUR;
    if (until <= from) continue;
    const times: Ms[] = [];
    for (let i = 0; i < n; i++) {
      times.push(i === 0 && r.chance(0.6) ? from + r.int(0, 36 * 60) * MINUTE : from + Math.floor(r.next() * (until - from)));
    }
    times.sort((a, b) => a - b);
    const favourite = r.weighted(destinationWeights);
    times.forEach((at, i) => {
      if (at >= until) return;
      const catalog = pickCatalogPlan(w, at, r.chance(0.35) ? favourite : undefined);
      if (!catalog) return;
      let promo: PromoCode | null = null;
      let chosen = catalog;
      if (i === 0 && r.chance(0.12)) {
        const welcome = validPromos(w, at, 'welcome');
        const oneGb = catalog.country_code ? oneGbPlan(w, at, catalog.country_code) : null;
        if (welcome.length && oneGb) {
          promo = welcome[0]!;
          chosen = oneGb;
        }
      } else if (r.chance(0.1)) {
        const used = new Set(w.orders.filter((o) => o.account_id === account.id).map((o) => o.promo_code_id));
        const partner = validPromos(w, at, 'partner').filter((c) => !used.has(c.id) && ((c.discount_percent ?? 0) < 100 || r.chance(0.15)));
        if (partner.length) promo = r.pick(partner);
      }
      createOrder(w, {
        account,
        catalog: chosen,
        orderedAt: at,
        promo,
        ...(r.chance(0.02) && !promo ? { cancelAt: Math.min(w.now - 5 * MINUTE, at + r.int(10, 2880) * MINUTE) } : {}),
      });
    });
  }
  // Top-ups: travellers who ran out of data buy more for the same destination, on the same eSIM.
  for (const plan of [...w.accountPlans]) {
    if (plan.origin !== 'paid' || plan._account._scripted || plan.expires_at == null) continue;
    const run = plan._sim.replay();
    if (run.zeroedBy !== 'usage' || !r.chance(0.45)) continue;
    const at = run.lastAt + r.int(10, 240) * MINUTE;
    if (at > w.now - 2 * HOUR || at > plan.expires_at - DAY) continue;
    const catalog = pickCatalogPlan(w, at, plan.country_code ?? plan.region_name ?? undefined);
    if (!catalog) continue;
    createOrder(w, {
      account: plan._account,
      catalog,
      orderedAt: at,
      channel: 'app',
      installedAt: at + r.int(1, 5) * MINUTE,
      activatedAt: at + r.int(6, 30) * MINUTE,
    });
  }
  // Léa's first order with the welcome code: a paid 1 GB plan and 1 GB of gifted data, 300 MB used (from the gift first):
  // 1 GB of paid data is sendable, the rest of the gift is not (seed 000).
  const lea = w.accounts.find((a) => a.email === NAMED.welcomeBonus.email)!;
  const welcome = w.promoCodes.find((c) => c.code === 'BIENVENUE')!;
  const japan1 = w.catalogPlans.find((p) => p.country_code === 'JP' && p.data_mb === 1024 && isSellable(p, w.now - 6 * DAY))!;
  const leaOrder = createOrder(w, {
    account: lea,
    catalog: japan1,
    orderedAt: w.now - 6 * DAY,
    promo: welcome,
    method: 'card',
    installedAt: w.now - 6 * DAY + 25 * MINUTE,
    activatedAt: w.now - 4 * DAY,
    usage: 0,
  });
  leaOrder._plan._reserved = 'welcome-bonus';
  addUsage(w, leaOrder._plan, w.now - 4 * DAY, w.now - 3 * HOUR, 300, ['JP']);
  w.marks.set('plan:welcome-bonus', leaOrder._plan.id);

  // Orders kept 10 years: a closed account that had bought a plan over 120 €.
  const closing = w.accounts.find((a) => a._scripted === 'closing' && a.created_at > w.now - 650 * DAY);
  const world = w.catalogPlans.find((p) => p.name === 'World 50 GB – 180 days')!;
  if (closing) {
    const at = Math.max(closing.created_at + 2 * DAY, world._sellFrom + DAY);
    createOrder(w, {
      account: closing,
      catalog: world,
      orderedAt: at,
      method: 'card',
      installedAt: at + 30 * MINUTE,
      activatedAt: at + 3 * DAY,
      usage: 0.4,
    });
  }
  // Journalists travelling with the press kit code: free plans of origin `promo`.
  const press = w.promoCodes.find((c) => c.code === 'PRESSE100')!;
  for (const account of r.sample(
    w.accounts.filter(
      (a) =>
        !a._scripted && a.created_at < w.now - 60 * DAY && !w.orders.some((o) => o.account_id === a.id && o.promo_code_id === press.id),
    ),
    2,
  )) {
    const at = Math.max(account.created_at, press.valid_from) + r.int(1, 40) * DAY;
    const catalog = at < w.now - DAY ? pickCatalogPlan(w, at) : null;
    if (catalog) createOrder(w, { account, catalog, orderedAt: at, promo: press });
  }
  // Long trips bought at full price: paid orders over 120 € incl. VAT.
  const premium = w.catalogPlans.filter((p) => p.price_cents > 12_000 && p.status === 'active');
  const travellers = w.accounts.filter((a) => !a._scripted && a.created_at < w.now - 120 * DAY);
  for (const [i, account] of r.sample(travellers, 4).entries()) {
    const catalog = premium[i % premium.length]!;
    const at = Math.max(account.created_at, catalog._sellFrom) + r.int(1, 60) * DAY;
    if (at > w.now - DAY) continue;
    createOrder(w, { account, catalog, orderedAt: at, method: i % 2 ? 'apple_pay' : 'card' });
  }
}

export const orderTables = (w: World): Table[] => [
  ['orders', w.orders],
  ['account_plans', w.accountPlans],
];
