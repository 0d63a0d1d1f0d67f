// Usage reported by the network (through the customer app's backend): blocks refuse it, the
// ledger takes what the plan holds, and consumption alerts fire once per threshold (seed 002).
import type { Knex } from 'knex';
import { toBool, toIso } from '../db/values.ts';
import { DEFAULT_THRESHOLDS, rulesToFire } from '../domain/accounts/alerts.ts';
import { notFound, ruleRefused } from '../http/errors.ts';
import * as texts from '../outbox/accountMessages.ts';
import { lockAccountPlan, post } from './ledger.ts';
import type { Ctx } from './ctx.ts';

type Row = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A new plan gets the default rules: 90 % and 100 % by e-mail (of its fair-use allowance, when unlimited). */
export async function addDefaultAlertRules(trx: Knex.Transaction, accountPlanId: number, at: string): Promise<void> {
  await trx('usage_alerts').insert(
    DEFAULT_THRESHOLDS.map((threshold_percent) => ({
      account_plan_id: accountPlanId,
      threshold_percent,
      channel: 'email',
      destination: null,
      enabled: true,
      created_at: at,
      updated_at: at,
      version: 1,
    })),
  );
}

/** Is data blocked on this plan, by a plan block or an account block? */
export async function isBlocked(trx: Knex | Knex.Transaction, plan: Row): Promise<boolean> {
  if (toBool(plan.data_blocked)) return true;
  const account = await trx('accounts').where({ id: plan.account_id }).first('data_blocked');
  return !!toBool(account?.data_blocked);
}

/**
 * Fires the alert rules the plan's level has now reached, once each, in the caller's transaction:
 * percentages of what the plan gave the customer, 100 % when nothing is left (docs/RULES.md "Alerts").
 */
export async function evaluateAlerts(ctx: Ctx, plan: Row, usageRecordId: number | null): Promise<number> {
  const rules: Row[] = await ctx.trx('usage_alerts').where({ account_plan_id: plan.id });
  const due = rulesToFire(
    rules.map((r) => ({ id: r.id, thresholdPercent: r.threshold_percent, enabled: !!toBool(r.enabled), firedAt: toIso(r.fired_at) })),
    { sizeMb: plan.data_total_mb, remainingMb: plan.data_remaining_mb },
  );
  if (!due.length) return 0;
  const account = await ctx.trx('accounts').where({ id: plan.account_id }).first('email', 'phone', 'locale', 'status');
  const at = ctx.now.toISOString();
  for (const rule of due) {
    const r = rules.find((x) => x.id === rule.id)!;
    await ctx
      .trx('usage_alerts')
      .where({ id: r.id })
      .update({ fired_at: at, fired_usage_record_id: usageRecordId, updated_at: at, version: ctx.trx.raw('version + 1') });
    const address = r.destination ?? (r.channel === 'sms' ? account?.phone : account?.email);
    if (!address || account?.status !== 'active') continue; // fired (never twice), but nobody to tell
    await ctx.queue(
      texts.usageAlert(
        { accountId: plan.account_id, address, channel: r.channel, locale: account.locale === 'en' ? 'en' : 'fr' },
        {
          alertId: r.id,
          planId: plan.id,
          planName: plan.name,
          percent: r.threshold_percent,
          remainingMb: plan.data_remaining_mb,
          fairUse: !!toBool(plan.unlimited),
        },
      ),
    );
  }
  return due.length;
}

/** A plan whose validity has ended is expired now, not at the job's next run: its data is written off (GCS §5.4). */
export async function expireIfDue(ctx: Ctx, plan: Row): Promise<Row> {
  const ends = toIso(plan.expires_at);
  if (plan.status !== 'active' && plan.status !== 'exhausted') return plan;
  if (!ends || new Date(ends) > ctx.now) return plan;
  if (plan.data_remaining_mb > 0)
    await post(ctx.trx, {
      accountPlanId: plan.id,
      kind: 'expiry',
      deltaMb: -plan.data_remaining_mb,
      actor: ctx.actor,
      now: ctx.now,
      note: 'End of validity',
    });
  await ctx
    .trx('account_plans')
    .where({ id: plan.id })
    .update({ status: 'expired', updated_at: ctx.now.toISOString(), version: ctx.trx.raw('version + 1') });
  return ctx.trx('account_plans').where({ id: plan.id }).first();
}

/**
 * A usage record: refused on a blocked plan, a closed account, or a plan never activated, refunded
 * or cancelled. The ledger takes what the plan holds when the data was used; the rest is overshoot
 * (a session ending a few MB past the end, or data used after the validity ended): recorded with
 * the record, never counted as plan data, never charged anywhere.
 */
export async function recordUsage(
  ctx: Ctx,
  input: { accountPlanId: number; mb: number; country?: string; occurredAt?: string },
): Promise<{ usage: Row; plan: Row; alertsFired: number }> {
  const { trx, now } = ctx;
  let plan = await lockAccountPlan(trx, input.accountPlanId);
  if (!plan) throw notFound(`Account plan ${input.accountPlanId} not found`);
  if (await isBlocked(trx, plan)) throw ruleRefused('data_blocked', 'Data is blocked on this plan by Kolet support');
  const owner = await trx('accounts').where({ id: plan.account_id }).first('status');
  if (owner?.status !== 'active') throw ruleRefused('account_inactive', 'This account is closed: its plans carry no more usage');
  if (!['active', 'exhausted', 'expired'].includes(plan.status))
    throw ruleRefused('plan_not_active', `This plan is ${plan.status}: it carries no usage`);
  const occurredAt = input.occurredAt ? new Date(input.occurredAt) : now;
  if (occurredAt > now) throw ruleRefused('occurred_in_future', 'Usage cannot be reported in the future', { occurredAt: 'in the future' });
  const ends = toIso(plan.expires_at);
  const withinValidity = plan.status !== 'expired' && (!ends || occurredAt < new Date(ends));
  const charged = withinValidity ? Math.min(input.mb, plan.data_remaining_mb) : 0;
  const at = now.toISOString();
  const [usage] = await trx('usage_records').insert(
    {
      account_plan_id: plan.id,
      mb: input.mb,
      charged_mb: charged,
      country_code: input.country ?? null,
      occurred_at: occurredAt.toISOString(),
      created_at: at,
    },
    '*',
  );
  if (charged > 0)
    await post(trx, { accountPlanId: plan.id, kind: 'usage', deltaMb: -charged, usageRecordId: usage.id, actor: ctx.actor, now });
  plan = await expireIfDue(ctx, await trx('account_plans').where({ id: plan.id }).first());
  return { usage, plan, alertsFired: await evaluateAlerts(ctx, plan, usage.id) };
}
