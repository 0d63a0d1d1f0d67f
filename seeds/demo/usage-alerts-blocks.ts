// Consumption alerts (seed 002: 90 % and 100 % by default, 75 % on request, by e-mail or
// SMS, to the customer or a second address) fired by the usage record that crossed them,
// and the data blocks support placed on plans and accounts.
import { usedPercent } from '../../server/domain/accounts/alerts.ts';
import { sizeDelta, type LedgerKind } from '../../server/domain/ledger/shares.ts';
import { DAY, HOUR, MINUTE, SECOND, type Ms } from './time.ts';
import type { Account, AccountPlan, Row, UsageRecord, World, Table } from './world.ts';

/** Each usage record with the share of its plan gone after it: percentages of what the plan gave the customer (docs/RULES.md "Alerts"). */
function levelsByPlan(w: World): Map<number, { usage: UsageRecord; percent: number }[]> {
  const usageById = new Map(w.usageRecords.map((u) => [u.id, u]));
  const planOfEntry = new Map(w.ledger.map((l) => [l.id, l.account_plan_id]));
  const size = new Map<number, number>();
  const out = new Map<number, { usage: UsageRecord; percent: number }[]>();
  for (const l of w.ledger) {
    const reversesOwnEntry = l.reverses_id != null && planOfEntry.get(l.reverses_id) === l.account_plan_id;
    const s = (size.get(l.account_plan_id) ?? 0) + sizeDelta({ kind: l.kind as LedgerKind, deltaMb: l.delta_mb, reversesOwnEntry });
    size.set(l.account_plan_id, s);
    if (l.kind === 'usage' && l.usage_record_id != null) {
      const list = out.get(l.account_plan_id) ?? [];
      list.push({ usage: usageById.get(l.usage_record_id)!, percent: usedPercent({ sizeMb: s, remainingMb: l.balance_after_mb }) });
      out.set(l.account_plan_id, list);
    }
  }
  return out;
}

export function buildUsageAlerts(w: World): void {
  const r = w.rng;
  const levels = levelsByPlan(w);

  for (const plan of w.accountPlans) {
    const account = w.accounts[plan.account_id - 1]!;
    if (account.status !== 'active') continue;
    const recent =
      plan.status === 'active' ||
      plan.status === 'exhausted' ||
      (plan.status === 'expired' && plan.expires_at != null && plan.expires_at > w.now - 60 * DAY) ||
      plan.status === 'pending';
    if (!recent || !r.chance(plan.status === 'pending' ? 0.5 : 0.9)) continue;
    const rules: { threshold: number; channel: 'email' | 'sms'; destination: string | null; enabled: boolean; at: Ms }[] = [
      { threshold: 90, channel: 'email', destination: null, enabled: true, at: plan.created_at },
      { threshold: 100, channel: 'email', destination: null, enabled: !r.chance(0.05), at: plan.created_at },
    ];
    const custom = plan.created_at + r.int(1, 90) * MINUTE;
    if (r.chance(0.2)) rules.push({ threshold: 75, channel: 'email', destination: null, enabled: true, at: custom });
    if (account.phone && r.chance(0.08)) rules.push({ threshold: 90, channel: 'sms', destination: null, enabled: true, at: custom });
    if (r.chance(0.04)) rules.push({ threshold: 100, channel: 'sms', destination: `+336${r.digits(8)}`, enabled: true, at: custom }); // a relative's phone
    if (r.chance(0.03)) rules.push({ threshold: 75, channel: 'sms', destination: `+337${r.digits(8)}`, enabled: true, at: custom });
    const usage = levels.get(plan.id) ?? [];
    for (const rule of rules.filter((x) => x.at <= w.now)) {
      const firedBy = usage.find((u) => u.usage.created_at >= rule.at && u.percent >= rule.threshold)?.usage ?? null;
      // Sent within about 10 minutes of the record that crossed the threshold.
      const firedAt = rule.enabled && firedBy ? firedBy.created_at + r.int(1, 9) * MINUTE + r.int(0, 59_999) : null;
      const fired = firedAt != null && firedAt <= w.now;
      w.usageAlerts.push({
        id: w.id('usage_alerts'),
        account_plan_id: plan.id,
        threshold_percent: rule.threshold,
        channel: rule.channel,
        destination: rule.destination,
        enabled: rule.enabled,
        fired_at: fired ? firedAt : null,
        fired_usage_record_id: fired ? firedBy!.id : null,
        // The defaults come with the plan; an SMS rule or a second number is one the customer set in the app.
        set_by: rule.at !== plan.created_at && (rule.channel === 'sms' || rule.destination) ? 'customer' : 'staff',
        created_at: rule.at,
        updated_at: fired ? firedAt : rule.at,
        version: 1,
        _account: account.id,
      });
    }
  }
  customerSmsAlerts(w);
}

/** Recent SMS alerts the outbox needs to show every delivery receipt (messages.ts › RECEIPTS, from the first of them). */
const MIN_RECENT_SMS_ALERTS = 10;

/**
 * Chance may leave only a few SMS alerts in the outbox's weeks (e.g. 3 for some `now`): then the customers of the
 * newest plans that crossed 90 % lately, with a phone and no SMS rule, set a 90 % SMS rule in the app after their
 * purchase, and it fired with their e-mail one, by the same usage record. No random draw: the rest of the world is unchanged.
 */
function customerSmsAlerts(w: World): void {
  const since = w.now - 40 * DAY;
  const recent = (a: Row) => a.fired_at != null && (a.fired_at as Ms) > since && (a.fired_at as Ms) < w.now - HOUR;
  let count = w.usageAlerts.filter((a) => a.channel === 'sms' && recent(a)).length;
  if (count >= MIN_RECENT_SMS_ALERTS) return;
  const usageById = new Map(w.usageRecords.map((u) => [u.id, u]));
  const candidates = w.usageAlerts
    .filter((a) => a.channel === 'email' && a.threshold_percent === 90 && recent(a))
    .sort((a, b) => (b.fired_at as Ms) - (a.fired_at as Ms));
  for (const email of candidates) {
    if (count >= MIN_RECENT_SMS_ALERTS) break;
    const account = w.accounts[(email._account as number) - 1]!;
    const rules = w.usageAlerts.filter((a) => a.account_plan_id === email.account_plan_id);
    if (!account.phone || rules.length >= 5 || rules.some((a) => a.channel === 'sms')) continue;
    const plan = w.accountPlans[(email.account_plan_id as number) - 1]!;
    const at = plan.created_at + 30 * MINUTE;
    const firedBy = usageById.get(email.fired_usage_record_id as number);
    if (!firedBy || firedBy.created_at < at) continue; // the rule must come before the record that crossed it
    const firedAt = (email.fired_at as Ms) - 15 * SECOND; // its e-mail fired 1–10 min after the record
    w.usageAlerts.push({
      id: w.id('usage_alerts'),
      account_plan_id: plan.id,
      threshold_percent: 90,
      channel: 'sms',
      destination: null,
      enabled: true,
      fired_at: firedAt,
      fired_usage_record_id: firedBy.id,
      set_by: 'customer',
      created_at: at,
      updated_at: firedAt,
      version: 1,
      _account: account.id,
    });
    count++;
  }
}

export function buildBlocks(w: World): void {
  const r = w.rng;
  const { support } = w.staff;
  const lastUsage = new Map<number, Ms>();
  for (const u of w.usageRecords) lastUsage.set(u.account_plan_id, u.created_at);
  const plansOf = new Map<number, AccountPlan[]>();
  for (const p of w.accountPlans) plansOf.set(p.account_id, [...(plansOf.get(p.account_id) ?? []), p]);
  const block = (account: Account, plan: AccountPlan | null, at: Ms, reason: string, lift?: { at: Ms; reason: string }): void => {
    w.blocks.push({
      id: w.id('blocks'),
      account_id: account.id,
      account_plan_id: plan?.id ?? null,
      reason,
      created_by_staff_id: support.id,
      lifted_at: lift?.at ?? null,
      lifted_by_staff_id: lift ? support.id : null,
      lift_reason: lift?.reason ?? null,
      created_at: at,
      updated_at: lift?.at ?? at,
      version: 1,
    });
    w.audit.push({
      at,
      staff: support,
      action: plan ? 'account-plans.block' : 'accounts.block',
      entity: plan ? 'account-plans' : 'accounts',
      entityId: plan?.id ?? account.id,
      after: { dataBlocked: true },
      reason,
    });
    if (lift)
      w.audit.push({
        at: lift.at,
        staff: support,
        action: plan ? 'account-plans.unblock' : 'accounts.unblock',
        entity: plan ? 'account-plans' : 'accounts',
        entityId: plan?.id ?? account.id,
        after: { dataBlocked: false },
        reason: lift.reason,
      });
    if (!lift) {
      if (plan) {
        plan.data_blocked = true;
        plan.updated_at = Math.max(plan.updated_at, at);
      } else {
        account.data_blocked = true;
        account.updated_at = Math.max(account.updated_at, at);
      }
    }
  };
  // Open blocks on running plans, placed after their last usage (a blocked plan carries no traffic).
  const running = r.shuffle(
    w.accountPlans.filter(
      (p) =>
        p.status === 'active' &&
        !p._reserved &&
        w.accounts[p.account_id - 1]!.status === 'active' &&
        (lastUsage.get(p.id) ?? p.activated_at!) < w.now - 2 * DAY,
    ),
  );
  const reasons = [
    'Customer reported the phone stolen on the support chat; data blocked until they confirm the new device.',
    'Suspected SIM swap: the eSIM was reinstalled on three devices in 24 hours.',
  ];
  running.slice(0, 2).forEach((p, i) => {
    const at = Math.min(w.now - HOUR, (lastUsage.get(p.id) ?? p.activated_at!) + r.int(3, 30) * HOUR);
    block(w.accounts[p.account_id - 1]!, p, at, reasons[i]!);
    p._reserved = 'blocked';
  });
  // One account blocked as a whole, after a chargeback.
  const account = w.accounts.find(
    (a) =>
      a.status === 'active' &&
      !a._scripted &&
      !a.data_blocked &&
      (plansOf.get(a.id) ?? []).some((p) => p.status === 'active' && !p.data_blocked) &&
      (plansOf.get(a.id) ?? []).every((p) => (lastUsage.get(p.id) ?? 0) < w.now - DAY),
  );
  if (account) {
    const last = Math.max(...(plansOf.get(account.id) ?? []).map((p) => lastUsage.get(p.id) ?? p.created_at));
    const order = w.orders.filter((o) => o.account_id === account.id).at(-1);
    block(
      account,
      null,
      Math.min(w.now - HOUR, last + r.int(2, 20) * HOUR),
      `Chargeback received on order #${order?.id ?? '?'} (fraudulent card use claimed): all data blocked pending investigation.`,
    );
  }
  // Lifted blocks: placed and lifted during a quiet spell (no traffic in between).
  const quietSpell = (times: Ms[]): [Ms, Ms] | null => {
    const sorted = [...times].sort((a, b) => a - b);
    for (let i = 1; i < sorted.length; i++)
      if (sorted[i]! - sorted[i - 1]! >= 3 * DAY) return [sorted[i - 1]! + 2 * HOUR, sorted[i]! - 6 * HOUR];
    return null;
  };
  const usageTimes = (planIds: Set<number>): Ms[] => w.usageRecords.filter((u) => planIds.has(u.account_plan_id)).map((u) => u.created_at);
  for (const p of r.shuffle(
    w.accountPlans.filter((x) => x.status === 'expired' && x.activated_at != null && w.accounts[x.account_id - 1]!.status === 'active'),
  )) {
    const spell = quietSpell([p.activated_at!, ...usageTimes(new Set([p.id])), p.expires_at!]);
    if (!spell) continue;
    block(w.accounts[p.account_id - 1]!, p, spell[0], 'Unusual traffic (2 GB in 10 minutes) flagged by the operator.', {
      at: spell[1],
      reason: 'Operator confirmed a counting glitch; traffic was legitimate.',
    });
    break;
  }
  for (const acc of r.shuffle(
    w.accounts.filter((a) => a.status === 'active' && !a.data_blocked && (plansOf.get(a.id) ?? []).length >= 2),
  )) {
    const spell = quietSpell(usageTimes(new Set((plansOf.get(acc.id) ?? []).map((p) => p.id))));
    if (!spell) continue;
    block(acc, null, spell[0], 'Customer asked to freeze their data while their phone was being repaired.', {
      at: spell[1],
      reason: 'Phone back from repair, customer asked to unblock.',
    });
    break;
  }
}

export const usageTables = (w: World): Table[] => [
  ['usage_records', w.usageRecords],
  ['usage_alerts', w.usageAlerts],
  ['blocks', w.blocks],
];
