// Countries (all of ISO 3166-1 from world-countries) and the plans sold in about 30
// destinations and a few multi-country regions, with their price history.
import countries from 'world-countries';
import { DAY, type Ms } from './time.ts';
import type { CatalogPlan, World, Table } from './world.ts';

export const CATALOG_AGE_DAYS = 1270;
const GB = 1024;

type Tier = 'eu' | 'std' | 'cheap';
interface Destination {
  code: string;
  operators: string[];
  tier: Tier;
  weight: number;
  unlimited?: boolean;
  since?: number;
}

/** The destinations we sell, their local operators and how often French travellers go there. */
export const DESTINATIONS: Destination[] = [
  { code: 'US', operators: ['T-Mobile', 'AT&T', 'Verizon'], tier: 'std', weight: 12, unlimited: true },
  { code: 'JP', operators: ['NTT Docomo', 'SoftBank', 'KDDI au'], tier: 'std', weight: 10, unlimited: true },
  { code: 'TH', operators: ['AIS', 'TrueMove H', 'dtac'], tier: 'cheap', weight: 8, unlimited: true },
  { code: 'MA', operators: ['Maroc Telecom', 'Orange Maroc', 'inwi'], tier: 'cheap', weight: 6 },
  { code: 'CA', operators: ['Rogers', 'Bell', 'TELUS'], tier: 'std', weight: 5, unlimited: true },
  { code: 'GB', operators: ['EE', 'Vodafone UK', 'O2', 'Three'], tier: 'eu', weight: 5 },
  { code: 'ID', operators: ['Telkomsel', 'XL Axiata', 'Indosat Ooredoo'], tier: 'cheap', weight: 4 },
  { code: 'VN', operators: ['Viettel', 'Vinaphone', 'MobiFone'], tier: 'cheap', weight: 4 },
  { code: 'TN', operators: ['Ooredoo Tunisie', 'Orange Tunisie', 'Tunisie Telecom'], tier: 'cheap', weight: 3 },
  { code: 'TR', operators: ['Turkcell', 'Vodafone TR', 'Türk Telekom'], tier: 'eu', weight: 3 },
  { code: 'MX', operators: ['Telcel', 'AT&T México', 'Movistar'], tier: 'cheap', weight: 3 },
  { code: 'CH', operators: ['Swisscom', 'Sunrise', 'Salt'], tier: 'eu', weight: 3 },
  { code: 'AE', operators: ['Etisalat by e&', 'du'], tier: 'std', weight: 3 },
  { code: 'KR', operators: ['SK Telecom', 'KT', 'LG U+'], tier: 'std', weight: 3, unlimited: true, since: 620 },
  { code: 'ES', operators: ['Movistar', 'Vodafone ES', 'Orange ES'], tier: 'eu', weight: 2 },
  { code: 'IT', operators: ['TIM', 'Vodafone IT', 'WindTre'], tier: 'eu', weight: 2 },
  { code: 'FR', operators: ['Orange', 'SFR', 'Bouygues Telecom', 'Free Mobile'], tier: 'eu', weight: 1 },
  { code: 'PT', operators: ['MEO', 'NOS', 'Vodafone PT'], tier: 'eu', weight: 1 },
  { code: 'GR', operators: ['Cosmote', 'Vodafone GR', 'Nova'], tier: 'eu', weight: 1 },
  { code: 'EG', operators: ['Vodafone Egypt', 'Orange Egypt', 'Etisalat Misr'], tier: 'cheap', weight: 2 },
  { code: 'SN', operators: ['Orange Sénégal', 'Free Sénégal', 'Expresso'], tier: 'cheap', weight: 2 },
  { code: 'BR', operators: ['Vivo', 'Claro', 'TIM Brasil'], tier: 'cheap', weight: 2 },
  { code: 'CN', operators: ['China Mobile', 'China Unicom'], tier: 'std', weight: 2 },
  { code: 'AU', operators: ['Telstra', 'Optus', 'Vodafone AU'], tier: 'std', weight: 2 },
  { code: 'IN', operators: ['Jio', 'Airtel', 'Vi'], tier: 'cheap', weight: 2, since: 540 },
  { code: 'SG', operators: ['Singtel', 'StarHub', 'M1'], tier: 'std', weight: 2, since: 700 },
  { code: 'MU', operators: ['my.t', 'Emtel'], tier: 'cheap', weight: 2 },
  { code: 'ZA', operators: ['Vodacom', 'MTN', 'Cell C'], tier: 'cheap', weight: 1 },
  { code: 'IS', operators: ['Síminn', 'Vodafone IS', 'Nova IS'], tier: 'eu', weight: 1 },
  { code: 'NZ', operators: ['Spark', 'One NZ', '2degrees'], tier: 'std', weight: 1 },
  { code: 'PH', operators: ['Globe', 'Smart'], tier: 'cheap', weight: 1 },
  { code: 'LK', operators: ['Dialog', 'Mobitel'], tier: 'cheap', weight: 1 },
];

/** Sanctions or no roaming agreement: listed, not sold. */
const UNAVAILABLE = new Set(['RU', 'BY', 'KP', 'SY']);

export const REGION_COUNTRIES: Record<string, string[]> = {
  Europe: ['FR', 'ES', 'IT', 'DE', 'PT', 'GR', 'NL', 'BE', 'AT', 'CH', 'GB', 'HR'],
  Asia: ['JP', 'TH', 'VN', 'ID', 'KR', 'SG', 'MY', 'PH', 'KH'],
  World: ['US', 'JP', 'TH', 'GB', 'CA', 'AU', 'MX', 'BR', 'ES', 'IT', 'SG', 'AE', 'ZA'],
};

const PRICES: Record<Tier, Record<number, number>> = {
  eu: { 1: 399, 3: 799, 5: 1199, 10: 1799, 20: 2999 },
  std: { 1: 499, 3: 999, 5: 1499, 10: 2499, 20: 3999 },
  cheap: { 1: 449, 3: 899, 5: 1299, 10: 1999, 20: 3299 },
};
const VALIDITY: Record<number, number> = { 1: 7, 3: 15, 5: 30, 10: 30, 20: 30 };

export const countryName = (code: string): string => countries.find((c) => c.cca2 === code)?.name.common ?? code;

export function buildCatalog(w: World): void {
  const start: Ms = w.now - CATALOG_AGE_DAYS * DAY;
  const operators = new Map(DESTINATIONS.map((d) => [d.code, d.operators]));
  for (const c of [...countries].sort((a, b) => a.cca2.localeCompare(b.cca2))) {
    const unavailable = UNAVAILABLE.has(c.cca2);
    w.countries.push({
      code: c.cca2,
      name: c.name.common,
      region: c.region || 'Other',
      available: !unavailable,
      operators: operators.get(c.cca2) ?? [],
      created_at: start,
      updated_at: unavailable ? start + 35 * DAY : start,
      version: 1,
    });
  }

  const add = (
    p: Omit<CatalogPlan, 'id' | 'vat_rate_bp' | 'created_at' | 'updated_at' | 'version' | '_prices' | 'price_cents' | 'promotional'> & {
      price: number;
      promotional?: boolean;
    },
  ): void => {
    const { price, promotional, ...rest } = p;
    w.catalogPlans.push({
      ...rest,
      id: w.id('plans'),
      price_cents: price,
      vat_rate_bp: 2000,
      promotional: promotional ?? false,
      created_at: p._sellFrom,
      updated_at: p._sellUntil ?? p._sellFrom,
      version: 1,
      _prices: [{ from: p._sellFrom, cents: price }],
    });
  };
  const days = (n: number): Ms => w.now - n * DAY;

  for (const d of DESTINATIONS) {
    const name = countryName(d.code);
    const from = d.since ? days(d.since) : start;
    // 3 to 5 plans per destination: the sizes travellers buy most, and an unlimited one where the operators allow it.
    const sizes =
      d.weight >= 5
        ? d.unlimited
          ? [1, 3, 10, 20]
          : [1, 3, 5, 10, 20]
        : d.weight >= 2
          ? d.unlimited
            ? [1, 5, 10]
            : [1, 3, 5, 10]
          : [1, 5, 10];
    for (const gb of sizes) {
      add({
        country_code: d.code,
        region_name: null,
        name: `${name} ${gb} GB – ${VALIDITY[gb]} days`,
        data_mb: gb * GB,
        fair_use_mb: null,
        validity_days: VALIDITY[gb]!,
        price: PRICES[d.tier][gb]!,
        status: 'active',
        _sellFrom: from,
        _sellUntil: null,
      });
    }
    if (d.unlimited) {
      const [days, price] = d.weight >= 5 ? [15, d.tier === 'cheap' ? 3999 : 4999] : [7, d.tier === 'cheap' ? 2499 : 2999];
      add({
        country_code: d.code,
        region_name: null,
        name: `${name} Unlimited – ${days} days`,
        data_mb: null,
        fair_use_mb: (days === 15 ? 40 : 20) * GB,
        validity_days: days,
        price,
        status: 'active',
        _sellFrom: from,
        _sellUntil: null,
      });
    }
  }
  // Plans no longer sold (customers keep what they bought), promotional offers, and drafts being prepared.
  add({
    country_code: 'US',
    region_name: null,
    name: 'United States 2 GB – 7 days',
    data_mb: 2 * GB,
    fair_use_mb: null,
    validity_days: 7,
    price: 799,
    status: 'retired',
    _sellFrom: start,
    _sellUntil: days(300),
  });
  add({
    country_code: 'TH',
    region_name: null,
    name: 'Thailand 8 GB – 15 days',
    data_mb: 8 * GB,
    fair_use_mb: null,
    validity_days: 15,
    price: 1299,
    status: 'retired',
    _sellFrom: start,
    _sellUntil: days(420),
  });
  add({
    country_code: 'MA',
    region_name: null,
    name: 'Morocco 2 GB – 7 days',
    data_mb: 2 * GB,
    fair_use_mb: null,
    validity_days: 7,
    price: 599,
    status: 'retired',
    _sellFrom: start,
    _sellUntil: days(200),
  });
  add({
    country_code: 'JP',
    region_name: null,
    name: 'Japan 10 GB – Cherry blossom offer',
    data_mb: 10 * GB,
    fair_use_mb: null,
    validity_days: 30,
    price: 1999,
    status: 'retired',
    promotional: true,
    _sellFrom: days(600),
    _sellUntil: days(540),
  });
  add({
    country_code: 'US',
    region_name: null,
    name: 'United States 20 GB – Black Friday',
    data_mb: 20 * GB,
    fair_use_mb: null,
    validity_days: 30,
    price: 2799,
    status: 'retired',
    promotional: true,
    _sellFrom: days(372),
    _sellUntil: days(361),
  });
  add({
    country_code: 'TH',
    region_name: null,
    name: 'Thailand 15 GB – Summer special',
    data_mb: 15 * GB,
    fair_use_mb: null,
    validity_days: 30,
    price: 1499,
    status: 'active',
    promotional: true,
    _sellFrom: days(75),
    _sellUntil: null,
  });
  add({
    country_code: 'JP',
    region_name: null,
    name: 'Japan 50 GB – 30 days',
    data_mb: 50 * GB,
    fair_use_mb: null,
    validity_days: 30,
    price: 5999,
    status: 'draft',
    _sellFrom: days(12),
    _sellUntil: null,
  });
  add({
    country_code: 'VN',
    region_name: null,
    name: 'Vietnam Unlimited – 15 days',
    data_mb: null,
    fair_use_mb: 30 * GB,
    validity_days: 15,
    price: 2999,
    status: 'draft',
    _sellFrom: days(12),
    _sellUntil: null,
  });
  // Multi-country regions.
  const regions = days(900);
  add({
    country_code: null,
    region_name: 'Europe',
    name: 'Europe 5 GB – 15 days',
    data_mb: 5 * GB,
    fair_use_mb: null,
    validity_days: 15,
    price: 1099,
    status: 'retired',
    _sellFrom: regions,
    _sellUntil: days(250),
  });
  add({
    country_code: null,
    region_name: 'Europe',
    name: 'Europe 10 GB – 30 days',
    data_mb: 10 * GB,
    fair_use_mb: null,
    validity_days: 30,
    price: 1999,
    status: 'active',
    _sellFrom: regions,
    _sellUntil: null,
  });
  add({
    country_code: null,
    region_name: 'Europe',
    name: 'Europe 20 GB – 30 days',
    data_mb: 20 * GB,
    fair_use_mb: null,
    validity_days: 30,
    price: 2999,
    status: 'active',
    _sellFrom: regions,
    _sellUntil: null,
  });
  add({
    country_code: null,
    region_name: 'Europe',
    name: 'Europe 50 GB – 30 days',
    data_mb: 50 * GB,
    fair_use_mb: null,
    validity_days: 30,
    price: 4999,
    status: 'active',
    _sellFrom: regions,
    _sellUntil: null,
  });
  add({
    country_code: null,
    region_name: 'Asia',
    name: 'Asia 10 GB – 30 days',
    data_mb: 10 * GB,
    fair_use_mb: null,
    validity_days: 30,
    price: 2999,
    status: 'active',
    _sellFrom: regions,
    _sellUntil: null,
  });
  add({
    country_code: null,
    region_name: 'Asia',
    name: 'Asia 20 GB – 30 days',
    data_mb: 20 * GB,
    fair_use_mb: null,
    validity_days: 30,
    price: 4999,
    status: 'active',
    _sellFrom: regions,
    _sellUntil: null,
  });
  add({
    country_code: null,
    region_name: 'Asia',
    name: 'Asia 50 GB – 30 days',
    data_mb: 50 * GB,
    fair_use_mb: null,
    validity_days: 30,
    price: 8999,
    status: 'draft',
    _sellFrom: days(5),
    _sellUntil: null,
  });
  add({
    country_code: null,
    region_name: 'World',
    name: 'World 50 GB – 180 days',
    data_mb: 50 * GB,
    fair_use_mb: null,
    validity_days: 180,
    price: 12900,
    status: 'active',
    _sellFrom: days(700),
    _sellUntil: null,
  });
  add({
    country_code: null,
    region_name: 'World',
    name: 'World Unlimited – 30 days',
    data_mb: null,
    fair_use_mb: 100 * GB,
    validity_days: 30,
    price: 14900,
    status: 'active',
    _sellFrom: days(430),
    _sellUntil: null,
  });

  // Price changes by the catalog team (new orders only; the history keeps every price).
  for (const plan of w.catalogPlans) {
    if (plan.status === 'draft' || plan.promotional || !w.rng.chance(0.3)) continue;
    const end = plan._sellUntil ?? w.now;
    const changes = w.rng.int(1, 2);
    let at = plan._sellFrom;
    for (let i = 0; i < changes; i++) {
      at += Math.floor((end - at) * w.rng.between(0.25, 0.6));
      if (end - at < 15 * DAY) break;
      const last = plan._prices[plan._prices.length - 1]!.cents;
      const delta = w.rng.pick([-300, -200, -100, 100, 200, 300, 500]);
      const cents = Math.max(299, Math.round((last + delta) / 100) * 100 - 1);
      if (cents === last) continue;
      plan._prices.push({ from: at, cents });
    }
    plan.price_cents = plan._prices[plan._prices.length - 1]!.cents;
    plan.updated_at = Math.max(plan.updated_at, plan._prices[plan._prices.length - 1]!.from);
  }
  for (const plan of w.catalogPlans) {
    plan._prices.forEach((p, i) => {
      const by = i === 0 || w.rng.chance(0.8) ? w.staff.catalog : w.staff.admin;
      const at = Math.min(p.from, w.now);
      w.planPrices.push({
        id: w.id('plan_prices'),
        plan_id: plan.id,
        price_cents: p.cents,
        vat_rate_bp: plan.vat_rate_bp,
        previous_price_cents: i === 0 ? null : plan._prices[i - 1]!.cents,
        reason: i === 0 ? null : p.cents > plan._prices[i - 1]!.cents ? 'Operator cost increase' : 'Price review: matching competitors',
        source: i === 0 ? 'created' : 'edited',
        effective_from: p.from,
        changed_by_staff_id: by.id,
        created_at: at,
      });
      if (i > 0)
        w.audit.push({
          at: p.from,
          staff: by,
          action: 'plans.update',
          entity: 'plans',
          entityId: plan.id,
          before: { priceCents: plan._prices[i - 1]!.cents },
          after: { priceCents: p.cents },
          reason: p.cents > plan._prices[i - 1]!.cents ? 'Operator cost increase' : 'Price review: matching competitors',
        });
    });
  }
}

/** The price in force at an instant (orders keep the price they were sold at). */
export function priceAt(plan: CatalogPlan, at: Ms): number {
  let cents = plan._prices[0]!.cents;
  for (const p of plan._prices) if (p.from <= at) cents = p.cents;
  return cents;
}

export const isSellable = (plan: CatalogPlan, at: Ms): boolean =>
  plan.status !== 'draft' && plan._sellFrom <= at && (plan._sellUntil == null || at < plan._sellUntil);

/** Countries a plan's data can be used in (for usage records). */
export function usageCountries(plan: { country_code: string | null; region_name: string | null }): string[] {
  if (plan.country_code) return [plan.country_code];
  return REGION_COUNTRIES[plan.region_name ?? ''] ?? [];
}

export const catalogTables = (w: World): Table[] => [
  ['countries', w.countries],
  ['plans', w.catalogPlans],
  ['plan_prices', w.planPrices],
];
