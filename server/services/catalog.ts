import type { Knex } from 'knex';
import type { Ctx as FullCtx } from './ctx.ts';
import { parse } from 'csv-parse/sync';
import countriesData from 'world-countries';
import type { Actor } from '../domain/actor.ts';
import { changeByPercent, priceChangeReasonProblem } from '../domain/catalog/pricing.ts';
import type { PriceSource } from '../domain/enums.ts';
import {
  PLAN_CSV_COLUMNS,
  planImportDiff,
  planToCsvRow,
  type CatalogPlan,
  type ImportReport,
  type PlanValues,
} from '../domain/catalog/planImport.ts';
import { toBool } from '../db/values.ts';
import type { CountriesRow, PlansRow } from '../db/rows.generated.ts';
import { csvCellValue, toCsv } from '../http/csv.ts';
import { badRequest, notFound, ruleRefused } from '../http/errors.ts';

/** Catalog changes send no message. */
type Ctx = Omit<FullCtx, 'queue'>;

const stamp = (now: Date) => ({ created_at: now.toISOString(), updated_at: now.toISOString(), version: 1 });
const staffId = (actor: Actor) => (actor.kind === 'staff' ? actor.id : null);

/** The ISO 3166-1 list (world-countries): the only source of country codes and default names. */
export const ISO_COUNTRIES: ReadonlyMap<string, { name: string; region: string }> = new Map(
  countriesData.map((c) => [c.cca2, { name: c.name.common, region: c.region || 'Other' }]),
);

/** Price history: every price a plan has had, who set it and from when (new orders only). */
export async function recordPrice(
  trx: Knex.Transaction,
  planId: number,
  priceCents: number,
  vatRateBp: number,
  actor: Actor,
  now: Date,
  change: { previousPriceCents: number | null; source: PriceSource; reason?: string | null },
): Promise<void> {
  await trx('plan_prices').insert({
    plan_id: planId,
    price_cents: priceCents,
    vat_rate_bp: vatRateBp,
    previous_price_cents: change.previousPriceCents,
    reason: change.reason?.trim() || null,
    source: change.source,
    effective_from: now.toISOString(),
    changed_by_staff_id: staffId(actor),
    created_at: now.toISOString(),
  });
}

const toCatalogPlan = (p: PlansRow): CatalogPlan => ({
  id: p.id,
  name: p.name,
  dataMb: p.data_mb,
  fairUseMb: p.fair_use_mb,
  validityDays: p.validity_days,
  priceCents: p.price_cents,
  vatRateBp: p.vat_rate_bp,
  status: p.status,
  promotional: Boolean(toBool(p.promotional)),
});

const columnsOf = (v: PlanValues) => ({
  name: v.name,
  data_mb: v.dataMb,
  fair_use_mb: v.fairUseMb,
  validity_days: v.validityDays,
  price_cents: v.priceCents,
  vat_rate_bp: v.vatRateBp,
  status: v.status,
  promotional: v.promotional,
});

async function countryPlans(db: Knex | Knex.Transaction, code: string): Promise<CatalogPlan[]> {
  if (!(await db('countries').where({ code }).first('code'))) throw notFound(`Country ${code} not found`);
  return (await db('plans').where({ country_code: code }).orderBy('id')).map(toCatalogPlan);
}

export async function exportPlansCsv(db: Knex, code: string): Promise<string> {
  return toCsv((await countryPlans(db, code)).map(planToCsvRow), PLAN_CSV_COLUMNS);
}

function parseCsv(csv: string): Record<string, string>[] {
  try {
    // A file we exported may carry csvSafe's apostrophe before a leading = + - @: it is not part of the value.
    const rows = parse(csv, {
      columns: true,
      skip_empty_lines: true,
      trim: true,
      bom: true,
      cast: (value) => csvCellValue(value),
    }) as Record<string, string>[];
    const unknown = rows.length ? Object.keys(rows[0]!).filter((c) => !(PLAN_CSV_COLUMNS as readonly string[]).includes(c)) : [];
    if (unknown.length)
      throw badRequest('invalid_csv', `Unknown CSV column(s): ${unknown.join(', ')} (expected ${PLAN_CSV_COLUMNS.join(', ')})`, {
        csv: 'unknown columns',
      });
    return rows;
  } catch (err) {
    if ((err as { status?: number }).status === 400) throw err;
    throw badRequest('invalid_csv', `The CSV cannot be read: ${(err as Error).message}`, { csv: 'unreadable' });
  }
}

/** Imports a country's plans from CSV; a dry run reports the same diff without writing. */
export async function importPlans(
  ctx: Ctx,
  code: string,
  csv: string,
  dryRun: boolean,
): Promise<ImportReport & { dryRun: boolean; applied: boolean }> {
  const { trx, actor, now } = ctx;
  const report = planImportDiff(await countryPlans(trx, code), parseCsv(csv));
  if (dryRun) return { ...report, dryRun, applied: false };
  if (report.errors.length)
    throw ruleRefused(
      'import_has_errors',
      `The CSV has ${report.errors.length} line(s) in error: nothing was imported`,
      Object.fromEntries(report.errors.map((e) => [`line ${e.line}`, e.message])),
    );
  for (const c of report.created) {
    const [row] = await trx('plans').insert({ country_code: code, region_name: null, ...columnsOf(c.values), ...stamp(now) }, ['id']);
    await recordPrice(trx, typeof row === 'object' ? row.id : row, c.values.priceCents, c.values.vatRateBp, actor, now, {
      previousPriceCents: null,
      source: 'created',
    });
  }
  for (const u of report.updated) {
    const current: PlansRow = await trx('plans').where({ id: u.id }).first();
    const next = { ...toCatalogPlan(current), ...Object.fromEntries(Object.entries(u.changes).map(([k, [, v]]) => [k, v])) } as CatalogPlan;
    await trx('plans')
      .where({ id: u.id })
      .update({ ...columnsOf(next), updated_at: now.toISOString(), version: current.version + 1 });
    if (u.changes.priceCents || u.changes.vatRateBp)
      await recordPrice(trx, u.id, next.priceCents, next.vatRateBp, actor, now, {
        previousPriceCents: current.price_cents,
        source: 'imported',
      });
  }
  return { ...report, dryRun, applied: true };
}

/** Copies a plan as a draft for each country (the copy's name takes the country's name). */
export async function clonePlan(ctx: Ctx, planId: number, countryCodes: readonly string[]): Promise<PlansRow[]> {
  const { trx, actor, now } = ctx;
  const source: PlansRow | undefined = await trx('plans').where({ id: planId }).first();
  if (!source) throw notFound(`Plan ${planId} not found`);
  const countries: Pick<CountriesRow, 'code' | 'name'>[] = await trx('countries').whereIn('code', countryCodes).select('code', 'name');
  const missing = countryCodes.filter((c) => !countries.some((k) => k.code === c));
  if (missing.length)
    throw badRequest('unknown_country', `Unknown country code(s): ${missing.join(', ')}`, { countryCodes: missing.join(', ') });
  const sourceCountry = source.country_code ? (ISO_COUNTRIES.get(source.country_code)?.name ?? source.country_code) : source.region_name;
  const created: PlansRow[] = [];
  for (const country of countries) {
    const name =
      sourceCountry && source.name.includes(sourceCountry)
        ? source.name.replace(sourceCountry, country.name)
        : `${country.name} – ${source.name}`;
    const [row] = await trx('plans').insert(
      {
        country_code: country.code,
        region_name: null,
        name: name.slice(0, 120),
        data_mb: source.data_mb,
        fair_use_mb: source.fair_use_mb,
        validity_days: source.validity_days,
        price_cents: source.price_cents,
        vat_rate_bp: source.vat_rate_bp,
        status: 'draft',
        promotional: source.promotional,
        ...stamp(now),
      },
      ['id'],
    );
    const id = typeof row === 'object' ? row.id : row;
    await recordPrice(trx, id, source.price_cents, source.vat_rate_bp, actor, now, { previousPriceCents: null, source: 'cloned' });
    created.push(await trx('plans').where({ id }).first());
  }
  return created;
}

export interface PriceChange {
  planId: number;
  name: string;
  countryCode: string | null;
  oldPriceCents: number;
  newPriceCents: number;
}

/** Changes the price of a selection by a percentage; the preview (dry run) is the same computation. */
export async function changePrices(
  ctx: Ctx,
  planIds: readonly number[],
  percent: number,
  dryRun: boolean,
  reason: string | null = null,
): Promise<{ applied: boolean; changes: PriceChange[] }> {
  const { trx, actor, now } = ctx;
  const plans: PlansRow[] = await trx('plans').whereIn('id', planIds).orderBy('id');
  const missing = planIds.filter((id) => !plans.some((p) => p.id === id));
  if (missing.length) throw notFound(`Unknown plan(s): ${missing.join(', ')}`);
  const changes = plans.map((p) => ({
    planId: p.id,
    name: p.name,
    countryCode: p.country_code,
    oldPriceCents: p.price_cents,
    newPriceCents: changeByPercent(p.price_cents, percent),
  }));
  if (dryRun) return { applied: false, changes };
  const problem = changes.map((c) => priceChangeReasonProblem(c.oldPriceCents, c.newPriceCents, reason)).find(Boolean);
  if (problem) throw badRequest('price_change_reason_required', problem, { reason: problem });
  for (const c of changes) {
    if (c.newPriceCents === c.oldPriceCents) continue;
    const p = plans.find((x) => x.id === c.planId)!; // every change is of a plan read above
    await trx('plans')
      .where({ id: c.planId })
      .update({ price_cents: c.newPriceCents, updated_at: now.toISOString(), version: p.version + 1 });
    await recordPrice(trx, c.planId, c.newPriceCents, p.vat_rate_bp, actor, now, {
      previousPriceCents: c.oldPriceCents,
      source: 'bulk',
      reason,
    });
  }
  return { applied: true, changes };
}
