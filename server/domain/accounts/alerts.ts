// Consumption alerts (seed 002; docs/RULES.md "Alerts"): thresholds of the data the plan gave the
// customer, as they see it, fired once each. 100 % means nothing is left, whatever was used, sent
// away or received. An unlimited plan's rules count its fair-use allowance (seed 002 reminds heavy users).
import { isValidEmail, normalizeEmail } from '../units.ts';
import { normalisePhone } from './customerData.ts';

export const MAX_ALERT_RULES = 5;
export const DEFAULT_THRESHOLDS = [90, 100] as const;

export interface AlertRule {
  id: number;
  thresholdPercent: number;
  enabled: boolean;
  firedAt: string | null;
}

/** What the plan gave the customer (its size) and what is left of it. */
export interface PlanLevel {
  sizeMb: number;
  remainingMb: number;
}

/** Share of the plan gone, in whole percent rounded down (99.9 % is not 100 %): 100 exactly when nothing is left. */
export const usedPercent = ({ sizeMb, remainingMb }: PlanLevel): number =>
  sizeMb <= 0 ? 0 : Math.max(0, Math.floor(((sizeMb - Math.min(remainingMb, sizeMb)) * 100) / sizeMb));

/** The rules the plan's level fires now: enabled, not fired yet, threshold reached. */
export function rulesToFire(rules: AlertRule[], level: PlanLevel): AlertRule[] {
  const pct = usedPercent(level);
  return rules.filter((r) => r.enabled && !r.firedAt && pct >= r.thresholdPercent).sort((a, b) => a.thresholdPercent - b.thresholdPercent);
}

export type AlertRuleRefusal = 'too_many_alert_rules' | 'sms_needs_number';

/** A sixth rule is refused; so is an SMS rule with no number to send it to (no destination and no phone on the account). */
export function alertRuleRefusal(
  existing: number,
  rule: { channel: 'email' | 'sms'; destination: string | null; accountPhone: string | null },
): AlertRuleRefusal | null {
  if (existing >= MAX_ALERT_RULES) return 'too_many_alert_rules';
  if (rule.channel === 'sms' && !rule.destination && !rule.accountPhone) return 'sms_needs_number';
  return null;
}

/**
 * Where a rule's alert goes besides the account's own address (seed 002: a second number or address):
 * an SMS to a phone number, stored in E.164; an e-mail to an address, trimmed and lower-cased. null:
 * the account's own phone or e-mail. 'invalid' when the destination is not of the channel's kind.
 */
export function alertDestination(channel: 'email' | 'sms', destination: string | null): { value: string | null } | 'invalid' {
  if (destination == null || destination.trim() === '') return { value: null };
  if (channel === 'sms') {
    const phone = normalisePhone(destination);
    return phone ? { value: phone } : 'invalid';
  }
  const email = normalizeEmail(destination);
  return isValidEmail(email) ? { value: email } : 'invalid';
}
