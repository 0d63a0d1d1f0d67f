import type { DayRange } from '../../components/DateRangeFields.tsx';

/** The API reads periods as UTC calendar days, both included (GET /api/statements-of-reasons/export). */
const utcDay = (date: Date): string => date.toISOString().slice(0, 10);

/** The export's default period: the last 30 days, today included. */
export function defaultExportPeriod(now: Date = new Date()): DayRange {
  return { from: utcDay(new Date(now.getTime() - 29 * 86_400_000)), to: utcDay(now) };
}

/** The TDB takes at most 100 statements per call (POST /api/v1/statements): the API batches them so. */
export interface StatementExport {
  count: number;
  from: string;
  to: string;
  batches: { statements: Record<string, unknown>[] }[];
}
