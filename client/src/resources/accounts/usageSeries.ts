import type { OverviewPlan, UsageDay } from './accountTypes.ts';

export interface UsageSeries {
  /** One row per Paris day from the first day with usage to the last, days without usage at 0. */
  rows: Record<string, number | string>[];
  /** The plans that used data, as `plan<id>` data keys, in the 360's order. */
  plans: { key: string; id: number; name: string }[];
}

const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** The 360's `usage` ({accountPlanId, day, mb}) pivoted for a stacked chart: MB per plan per day. */
export function usageSeries(usage: UsageDay[], plans: Pick<OverviewPlan, 'id' | 'name'>[]): UsageSeries {
  if (usage.length === 0) return { rows: [], plans: [] };
  const used = new Set(usage.map((u) => u.accountPlanId));
  const named = new Map(plans.map((p) => [p.id, p.name]));
  const series = [...used].sort((a, b) => a - b).map((id) => ({ key: `plan${id}`, id, name: named.get(id) ?? `#${id}` }));
  const byDay = new Map<string, Record<string, number | string>>();
  const days = usage.map((u) => u.day).sort();
  for (let day = days[0]!; day <= days[days.length - 1]!; day = nextDay(day)) {
    byDay.set(day, Object.fromEntries([['day', day], ...series.map((s) => [s.key, 0])]));
  }
  for (const u of usage) {
    const row = byDay.get(u.day)!;
    row[`plan${u.accountPlanId}`] = Number(row[`plan${u.accountPlanId}`] ?? 0) + u.mb;
  }
  return { rows: [...byDay.values()], plans: series };
}
