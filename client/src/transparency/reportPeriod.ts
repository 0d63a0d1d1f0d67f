import type { ReportPeriod } from './reportTypes.ts';

const day = (d: Date) => d.toISOString().slice(0, 10);

export type PeriodPreset = 'last_12_months' | 'this_year' | 'last_year' | 'first_half' | 'second_half';

/**
 * The periods a report is usually asked for: Art. 15 reports cover calendar years (Impl. Reg. 2024/2835),
 * Art. 24(2) figures half-years; the last 12 months for a running view.
 */
export function presetPeriod(preset: PeriodPreset, now: Date = new Date()): ReportPeriod {
  const year = now.getUTCFullYear();
  switch (preset) {
    case 'this_year':
      return { from: `${year}-01-01`, to: day(now) };
    case 'last_year':
      return { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` };
    case 'first_half':
      return { from: `${year}-01-01`, to: `${year}-06-30` };
    case 'second_half':
      return { from: `${year}-07-01`, to: `${year}-12-31` };
    case 'last_12_months': {
      const start = new Date(Date.UTC(year - 1, now.getUTCMonth(), now.getUTCDate() + 1));
      return { from: day(start), to: day(now) };
    }
  }
}

export const PERIOD_PRESETS: readonly PeriodPreset[] = ['last_12_months', 'this_year', 'last_year', 'first_half', 'second_half'];
