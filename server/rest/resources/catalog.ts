import { z } from 'zod';
import { priceChangeReasonProblem } from '../../domain/catalog/pricing.ts';
import { PLAN_STATUSES, PRICE_SOURCES } from '../../domain/enums.ts';
import { badRequest, conflict } from '../../http/errors.ts';
import { defineFields, f, recordTimestamps, toColumnValue } from '../fields.ts';
import { whereLike, type ResourceDef } from '../resource.ts';
import { ISO_COUNTRIES, recordPrice } from '../../services/catalog.ts';

const countryWritable = {
  name: z.string().trim().min(1).max(120),
  region: z.string().trim().min(1).max(60),
  available: z.boolean(),
  operators: z.array(z.string().trim().min(1).max(80)).max(20),
};

export const countries: ResourceDef = {
  name: 'countries',
  table: 'countries',
  idColumn: 'code',
  idType: 'text',
  fields: defineFields({
    id: f.textId('code'),
    name: f.text({ sort: true, filter: true }),
    region: f.text({ sort: true, filter: true }),
    available: f.bool({ sort: true, filter: true }),
    operators: f.json(),
    ...recordTimestamps,
  }),
  defaultSort: ['name', 'ASC'],
  search: (qb, q) => {
    whereLike(qb, 'name', q, 'contains', true);
    if (/^[a-z]{2}$/i.test(q)) qb.orWhere('code', q.toUpperCase());
  },
  // Codes, default names and regions come from the ISO 3166-1 list (world-countries), never typed by hand.
  create: z
    .strictObject({
      id: z
        .string()
        .trim()
        .toUpperCase()
        .regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code')
        .refine((code) => ISO_COUNTRIES.has(code), 'must be an ISO 3166-1 alpha-2 code'),
      name: countryWritable.name.optional(),
      region: countryWritable.region.optional(),
      available: countryWritable.available.default(true),
      operators: countryWritable.operators.default([]),
    })
    .transform((c) => ({ ...c, name: c.name ?? ISO_COUNTRIES.get(c.id)!.name, region: c.region ?? ISO_COUNTRIES.get(c.id)!.region })),
  update: z.strictObject(countryWritable).partial(),
  beforeDelete: async ({ trx }, record) => {
    const plan = await trx('plans').where({ country_code: record.id }).first('id');
    if (plan) throw conflict('country_has_plans', 'This country has plans: make it unavailable instead of deleting it');
  },
};

const planWritable = {
  countryCode: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .nullable(),
  regionName: z.string().trim().min(1).max(60).nullable(),
  name: z.string().trim().min(1).max(120),
  dataMb: z.number().int().positive().nullable(),
  fairUseMb: z.number().int().positive().nullable(),
  validityDays: z.number().int().positive().max(3650),
  priceCents: z.number().int().nonnegative().max(10_000_000),
  vatRateBp: z.number().int().min(0).max(10_000),
  status: z.enum(PLAN_STATUSES),
  promotional: z.boolean(),
};

export const plans: ResourceDef = {
  name: 'plans',
  table: 'plans',
  idColumn: 'id',
  idType: 'int',
  fields: defineFields({
    id: f.id(),
    countryCode: f.text({ sort: true, filter: true }),
    regionName: f.text({ sort: true, filter: true }),
    name: f.text({ sort: true, filter: true }),
    dataMb: f.int({ sort: true, filter: true }),
    fairUseMb: f.int(),
    validityDays: f.int({ sort: true, filter: true }),
    priceCents: f.int({ sort: true, filter: true }),
    vatRateBp: f.int({ filter: true }),
    status: f.enum(PLAN_STATUSES, { sort: true, filter: true }),
    promotional: f.bool({ filter: true }),
    ...recordTimestamps,
  }),
  defaultSort: ['name', 'ASC'],
  search: (qb, q) => whereLike(qb, 'name', q, 'contains', true),
  create: z.strictObject({
    ...planWritable,
    countryCode: planWritable.countryCode.default(null),
    regionName: planWritable.regionName.default(null),
    fairUseMb: planWritable.fairUseMb.default(null),
    vatRateBp: planWritable.vatRateBp.default(2000),
    status: planWritable.status.default('draft'),
    promotional: planWritable.promotional.default(false),
  }),
  // A price change says why (priceChangeReason, not a column: it goes to the price history).
  update: z.strictObject({ ...planWritable, priceChangeReason: z.string().trim().max(500) }).partial(),
  toRow: async (input) => {
    const { priceChangeReason: _reason, ...values } = input;
    return Object.fromEntries(Object.entries(values).map(([k, v]) => [plans.fields[k]!.column, toColumnValue(plans.fields[k]!, v)]));
  },
  // Price history: every price a plan has had, old → new, why, and who set it (docs/PRODUCT.md: new orders only).
  afterWrite: async ({ trx, actor, now }, before, after, input) => {
    if (before && before.priceCents === after.priceCents && before.vatRateBp === after.vatRateBp) return;
    const previous = before ? (before.priceCents as number) : null;
    const reason = typeof input.priceChangeReason === 'string' ? input.priceChangeReason : null;
    const problem = priceChangeReasonProblem(previous, after.priceCents as number, reason);
    if (problem) throw badRequest('price_change_reason_required', problem, { priceChangeReason: problem });
    await recordPrice(trx, after.id as number, after.priceCents as number, after.vatRateBp as number, actor, now, {
      previousPriceCents: previous,
      source: before ? 'edited' : 'created',
      reason,
    });
  },
  beforeDelete: async ({ trx }, record) => {
    const sold = await trx('orders').where({ plan_id: record.id }).first('id');
    if (sold)
      throw conflict('plan_sold', 'This plan has been sold: retire it instead of deleting it, so that existing orders keep their plan');
    await trx('plan_prices').where({ plan_id: record.id }).delete();
  },
};

export const planPrices: ResourceDef = {
  name: 'plan-prices',
  table: 'plan_prices',
  idColumn: 'id',
  idType: 'int',
  fields: defineFields({
    id: f.id(),
    planId: f.int({ filter: true }),
    priceCents: f.int({ sort: true }),
    vatRateBp: f.int(),
    effectiveFrom: f.timestamp({ sort: true, filter: true }),
    previousPriceCents: f.int(),
    reason: f.text(),
    source: f.enum(PRICE_SOURCES, { filter: true }),
    changedByStaffId: f.int({ filter: true }),
    createdAt: f.timestamp({ sort: true }),
  }),
  defaultSort: ['effectiveFrom', 'DESC'],
};
