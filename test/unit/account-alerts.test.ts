import { describe, expect, test } from 'vitest';
import {
  alertRuleRefusal,
  DEFAULT_THRESHOLDS,
  MAX_ALERT_RULES,
  rulesToFire,
  usedPercent,
  type AlertRule,
} from '../../server/domain/accounts/alerts.ts';

// Seed 002 (the operator's consumption controls) and docs/ACCOUNTS.md "Alert rules", "Alert firing".
const GB5 = 5120;
const rule = (id: number, thresholdPercent: number, over: Partial<AlertRule> = {}): AlertRule => ({
  id,
  thresholdPercent,
  enabled: true,
  firedAt: null,
  ...over,
});
const DEFAULTS = [rule(1, 90), rule(2, 100)];
const fired = (rules: AlertRule[], goneMb: number, sizeMb = GB5) =>
  rulesToFire(rules, { sizeMb, remainingMb: Math.max(0, sizeMb - goneMb) }).map((r) => r.thresholdPercent);
const pct = (goneMb: number, sizeMb = GB5) => usedPercent({ sizeMb, remainingMb: sizeMb - goneMb });
const email = { channel: 'email' as const, destination: null, accountPhone: null };

describe('the rules of a plan', () => {
  test('90 % and 100 % are the default thresholds', () => {
    expect([...DEFAULT_THRESHOLDS]).toEqual([90, 100]);
  });
  test('a plan may have five alert rules', () => {
    expect(MAX_ALERT_RULES).toBe(5);
    expect(alertRuleRefusal(4, email)).toBeNull();
  });
  test('a sixth alert rule is refused', () => {
    expect(alertRuleRefusal(5, email)).toBe('too_many_alert_rules');
  });
  test('a first extra rule (75 %) beside the two defaults is accepted', () => {
    expect(alertRuleRefusal(2, email)).toBeNull();
  });
  test('an SMS rule needs a number: a destination, or a phone on the account', () => {
    expect(alertRuleRefusal(2, { channel: 'sms', destination: null, accountPhone: null })).toBe('sms_needs_number');
    expect(alertRuleRefusal(2, { channel: 'sms', destination: '+32470123456', accountPhone: null })).toBeNull();
    expect(alertRuleRefusal(2, { channel: 'sms', destination: null, accountPhone: '+33612345678' })).toBeNull();
  });
});

describe('the share of data used', () => {
  test('is in whole percent, rounded down: 99.9 % is not 100 %', () => {
    expect(pct(5115)).toBe(99);
  });
  test('the last MB makes 100 %', () => {
    expect(pct(GB5)).toBe(100);
  });
  test('exactly three quarters is 75 %', () => {
    expect(pct(3840)).toBe(75);
  });
  test('one MB short of three quarters is 74 %', () => {
    expect(pct(3839)).toBe(74);
  });
  test('a plan with no data counted is at 0 %, never a division by zero', () => {
    expect(usedPercent({ sizeMb: 0, remainingMb: 0 })).toBe(0);
  });
});

describe('when an alert fires', () => {
  test('nothing fires below the first threshold', () => {
    expect(fired(DEFAULTS, 4607)).toEqual([]);
  });
  test('the 90 % alert fires on the usage that reaches 90 %', () => {
    expect(fired(DEFAULTS, 4608)).toEqual([90]);
  });
  test('the 100 % alert waits for the very last MB', () => {
    expect(fired(DEFAULTS, GB5 - 1)).toEqual([90]);
    expect(fired(DEFAULTS, GB5)).toEqual([90, 100]);
  });
  test('a record that crosses several thresholds fires them all, lowest first', () => {
    expect(fired([rule(2, 100), rule(3, 75), rule(1, 90)], GB5)).toEqual([75, 90, 100]);
  });
  test('an alert fires once per threshold: a rule already fired does not fire again', () => {
    expect(fired([rule(1, 90, { firedAt: '2026-11-20T10:00:00.000Z' }), rule(2, 100)], GB5)).toEqual([100]);
  });
  test('a disabled rule never fires', () => {
    expect(fired([rule(1, 90, { enabled: false }), rule(2, 100)], GB5)).toEqual([100]);
  });
  test('a re-armed rule (fired cleared) fires again when the share is still reached', () => {
    expect(fired([rule(1, 75, { firedAt: null })], 4000)).toEqual([75]);
  });
  test('a 1 % rule fires on the first percent used', () => {
    expect(fired([rule(1, 1)], 51)).toEqual([]);
    expect(fired([rule(1, 1)], 52)).toEqual([1]);
  });
  test('usage beyond the plan (a late record) still fires 100 %', () => {
    expect(fired(DEFAULTS, GB5 + 200)).toEqual([90, 100]);
  });
});

describe('percentages of what the customer has (docs/RULES.md "Consumption and alerts")', () => {
  test('10 GB plan, 4 GB sent away, the remaining 6 GB used: 90 % and 100 % fire (nothing is left)', () => {
    expect(rulesToFire(DEFAULTS, { sizeMb: 10_240, remainingMb: 0 }).map((r) => r.thresholdPercent)).toEqual([90, 100]);
  });
  test('10 GB plan with 4 GB sent away and 5 GB used: 90 % fires, 100 % waits for the last MB', () => {
    expect(rulesToFire(DEFAULTS, { sizeMb: 10_240, remainingMb: 1024 }).map((r) => r.thresholdPercent)).toEqual([90]);
  });
  test('an unlimited plan counts its fair-use allowance: 45 GB of 50 GB is 90 %', () => {
    expect(usedPercent({ sizeMb: 51_200, remainingMb: 5120 })).toBe(90);
  });
});
