import type { DayRange } from '../../components/DateRangeFields.tsx';

import { parisDate } from '../../../../server/domain/calendar.ts';

/** The export's default period: the last 30 Paris days, today included (the API reads Paris calendar days). */
export function defaultExportPeriod(now: Date = new Date()): DayRange {
  return { from: parisDate(new Date(now.getTime() - 29 * 86_400_000)), to: parisDate(now) };
}

/** The TDB takes at most 100 statements per call (POST /api/v1/statements): the API batches them so. */
export interface StatementExport {
  count: number;
  from: string;
  to: string;
  batches: { statements: Record<string, unknown>[] }[];
  /** Statements our own check refuses: never handed over (the field and why). */
  excluded: { puid: string; errors: Record<string, string> }[];
}

export type ExportFormat = 'json' | 'csv';

/** The PUIDs an export hands over, for `mark-submitted` once they are in the database. */
export const exportedPuids = (e: StatementExport): string[] => e.batches.flatMap((b) => b.statements.map((s) => String(s.puid)));
