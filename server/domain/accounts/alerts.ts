// Consumption alerts (seed 002): thresholds of the plan's data, fired once each.
export const MAX_ALERT_RULES = 5;
export const DEFAULT_THRESHOLDS = [90, 100] as const;

export interface AlertRule { id: number; thresholdPercent: number; enabled: boolean; firedAt: string | null }

/** Share of the plan's data used, in whole percent rounded down (99.9 % is not 100 %). */
export const usedPercent = (usedMb: number, totalMb: number): number => (totalMb <= 0 ? 0 : Math.floor((usedMb * 100) / totalMb));

/** The rules a usage record fires: enabled, not fired yet, threshold reached now. */
export function rulesToFire(rules: AlertRule[], usedMb: number, totalMb: number): AlertRule[] {
  const pct = usedPercent(usedMb, totalMb);
  return rules.filter((r) => r.enabled && !r.firedAt && pct >= r.thresholdPercent).sort((a, b) => a.thresholdPercent - b.thresholdPercent);
}

/** A sixth rule is refused; so is any rule on a plan with no data count. */
export function alertRuleRefusal(existing: number, plan: { unlimited: boolean }): 'too_many_alert_rules' | 'unlimited_plan' | null {
  if (plan.unlimited) return 'unlimited_plan';
  return existing >= MAX_ALERT_RULES ? 'too_many_alert_rules' : null;
}
