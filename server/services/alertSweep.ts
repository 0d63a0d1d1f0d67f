// The safety net of consumption alerts: usage normally fires its alerts in its own transaction;
// this sweep fires any rule whose threshold a plan has reached without it (e.g. a rule added
// or re-armed after the usage, or usage imported in bulk).
import { evaluateAlerts } from './usage.ts';
import type { Ctx } from './ctx.ts';
import type { AccountPlansRow, UsageRecordsRow } from '../db/rows.generated.ts';

export async function evaluatePendingAlerts(ctx: Ctx): Promise<{ fired: number[] }> {
  const rows: { plan_id: number }[] = await ctx
    .trx('usage_alerts as a')
    .join('account_plans as p', 'p.id', 'a.account_plan_id')
    .where('a.enabled', true)
    .whereNull('a.fired_at')
    .whereIn('p.status', ['active', 'exhausted'])
    .where('p.data_total_mb', '>', 0)
    .whereRaw('(p.data_total_mb - p.data_remaining_mb) * 100 >= a.threshold_percent * p.data_total_mb')
    .select('p.id as plan_id')
    .distinct()
    .limit(500);
  const fired: number[] = [];
  for (const r of rows) {
    const plan: AccountPlansRow | undefined = await ctx.trx('account_plans').where({ id: r.plan_id }).first();
    if (!plan) continue;
    const last: Pick<UsageRecordsRow, 'id'> | undefined = await ctx
      .trx('usage_records')
      .where({ account_plan_id: plan.id })
      .orderBy('id', 'desc')
      .first('id');
    if ((await evaluateAlerts(ctx, plan, last?.id ?? null)) > 0) fired.push(plan.id);
  }
  return { fired };
}
