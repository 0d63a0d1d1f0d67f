// CSV import of a country's plans, as a pure diff: the dry run and the import are the same
// computation, so what the report announces is exactly what the import does.
import { PLAN_STATUSES } from '../enums.ts';
import { formatEuros, parseEuros } from './pricing.ts';

export const PLAN_CSV_COLUMNS = [
  'id',
  'name',
  'dataMb',
  'fairUseMb',
  'validityDays',
  'priceEuros',
  'vatRatePercent',
  'status',
  'promotional',
] as const;

export interface CatalogPlan {
  id: number;
  name: string;
  dataMb: number | null;
  fairUseMb: number | null;
  validityDays: number;
  priceCents: number;
  vatRateBp: number;
  status: (typeof PLAN_STATUSES)[number];
  promotional: boolean;
}
export type PlanValues = Omit<CatalogPlan, 'id'>;

export interface ImportReport {
  created: { line: number; values: PlanValues }[];
  updated: { line: number; id: number; name: string; changes: Partial<Record<keyof PlanValues, [unknown, unknown]>> }[];
  unchanged: number;
  errors: { line: number; message: string }[];
}

/** A plan as a CSV row (the export's format, which the import reads back). */
export function planToCsvRow(p: CatalogPlan): Record<(typeof PLAN_CSV_COLUMNS)[number], string> {
  return {
    id: String(p.id),
    name: p.name,
    dataMb: p.dataMb == null ? '' : String(p.dataMb),
    fairUseMb: p.fairUseMb == null ? '' : String(p.fairUseMb),
    validityDays: String(p.validityDays),
    priceEuros: formatEuros(p.priceCents),
    vatRatePercent: formatEuros(p.vatRateBp).replace(/\.00$/, ''),
    status: p.status,
    promotional: p.promotional ? 'true' : 'false',
  };
}

const wholeOrEmpty = (v: string | undefined): number | null | 'bad' => {
  if (v === undefined || v.trim() === '') return null;
  return /^\d{1,9}$/.test(v.trim()) && Number(v) > 0 ? Number(v) : 'bad';
};

function parseRow(row: Record<string, string>): { values: PlanValues; id: number | null } | { error: string } {
  const problems: string[] = [];
  const id = wholeOrEmpty(row.id);
  const dataMb = wholeOrEmpty(row.dataMb);
  const fairUseMb = wholeOrEmpty(row.fairUseMb);
  const validityDays = wholeOrEmpty(row.validityDays);
  const priceCents = parseEuros(row.priceEuros ?? '');
  const vatRateBp = parseEuros(row.vatRatePercent ?? '20'); // a percentage with 2 decimals reads like euros: 5.5 → 550 bp
  const status = (row.status ?? 'draft').trim() || 'draft';
  const promo = (row.promotional ?? '').trim().toLowerCase();
  const name = (row.name ?? '').trim();
  if (!name || name.length > 120) problems.push('name is required (120 characters at most)');
  if (id === 'bad') problems.push('id must be a plan number, or empty for a new plan');
  if (dataMb === 'bad') problems.push('dataMb must be a whole number of MB, or empty for unlimited');
  if (fairUseMb === 'bad') problems.push('fairUseMb must be a whole number of MB');
  if (dataMb === null && fairUseMb === null) problems.push('an unlimited plan needs a fairUseMb cap');
  if (validityDays === null || validityDays === 'bad' || validityDays > 3650)
    problems.push('validityDays must be a whole number of days (1 to 3650)');
  if (priceCents === null) problems.push('priceEuros must be an amount like 9.99');
  if (vatRateBp === null || vatRateBp > 10_000) problems.push('vatRatePercent must be a percentage like 20 or 5.5');
  if (!(PLAN_STATUSES as readonly string[]).includes(status)) problems.push(`status must be one of ${PLAN_STATUSES.join(', ')}`);
  if (!['', 'true', 'false', 'yes', 'no', '1', '0'].includes(promo)) problems.push('promotional must be true or false');
  if (problems.length) return { error: problems.join('; ') };
  return {
    id: id as number | null,
    values: {
      name,
      dataMb: dataMb as number | null,
      fairUseMb: fairUseMb as number | null,
      validityDays: validityDays as number,
      priceCents: priceCents!,
      vatRateBp: vatRateBp!,
      status: status as PlanValues['status'],
      promotional: ['true', 'yes', '1'].includes(promo),
    },
  };
}

/** Compares the rows of a country's CSV with its current plans. Line numbers count the header as line 1. */
export function planImportDiff(existing: readonly CatalogPlan[], rows: readonly Record<string, string>[]): ImportReport {
  const byId = new Map(existing.map((p) => [p.id, p]));
  const report: ImportReport = { created: [], updated: [], unchanged: 0, errors: [] };
  const seen = new Set<number>();
  rows.forEach((row, i) => {
    const line = i + 2;
    const parsed = parseRow(row);
    if ('error' in parsed) return void report.errors.push({ line, message: parsed.error });
    if (parsed.id === null) return void report.created.push({ line, values: parsed.values });
    const current = byId.get(parsed.id);
    if (!current) return void report.errors.push({ line, message: `plan ${parsed.id} is not a plan of this country` });
    if (seen.has(parsed.id)) return void report.errors.push({ line, message: `plan ${parsed.id} appears twice` });
    seen.add(parsed.id);
    const changes: ImportReport['updated'][number]['changes'] = {};
    for (const key of Object.keys(parsed.values) as (keyof PlanValues)[]) {
      if (parsed.values[key] !== current[key]) changes[key] = [current[key], parsed.values[key]];
    }
    if (Object.keys(changes).length) report.updated.push({ line, id: current.id, name: parsed.values.name, changes });
    else report.unchanged++;
  });
  return report;
}
