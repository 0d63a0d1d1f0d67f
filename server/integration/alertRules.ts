// The customer's own consumption alerts, from the app (docs/PRODUCT.md §3; seed 002): list, create,
// change and delete a plan's alert rules. The request names the account; a plan of another account is
// 404 (nothing said about it). The rules are the console's (server/services/alertRules.ts): at most five,
// thresholds 1–100 %, e-mail or SMS, an optional second number or address, fair-use reminders on unlimited plans.
import { Router, type Request } from 'express';
import type { Knex } from 'knex';
import { z } from 'zod';
import { runChange } from '../actions/runChange.ts';
import { MAX_ALERT_RULES } from '../domain/accounts/alerts.ts';
import { ALERT_CHANNELS } from '../domain/enums.ts';
import type { AccountPlansRow, AccountsRow, UsageAlertsRow } from '../db/rows.generated.ts';
import { toBool } from '../db/values.ts';
import { conflict, fromZod, notFound } from '../http/errors.ts';
import { parseId } from '../http/ids.ts';
import { rowToRecord } from '../rest/fields.ts';
import { usageAlerts } from '../rest/resources/customers.ts';
import { checkAlertRule, type AlertRuleRecord } from '../services/alertRules.ts';
import { lockAccountPlan } from '../services/ledger.ts';

const accountId = z.coerce.number().int().positive();
const rule = {
  thresholdPercent: z.number().int('a whole percentage').min(1, 'from 1 to 100 %').max(100, 'from 1 to 100 %'),
  channel: z.enum(ALERT_CHANNELS),
  destination: z.string().trim().min(3).max(254).nullable(),
  enabled: z.boolean(),
};
export const alertRuleSchemas = {
  account: z.strictObject({ accountId }),
  create: z.strictObject({
    accountId: z.number().int().positive(),
    thresholdPercent: rule.thresholdPercent,
    channel: rule.channel.default('email'),
    destination: rule.destination.default(null),
    enabled: rule.enabled.default(true),
  }),
  update: z
    .strictObject({ accountId: z.number().int().positive(), ...rule })
    .partial({ thresholdPercent: true, channel: true, destination: true, enabled: true })
    .refine((b) => Object.keys(b).length > 1, {
      message: 'change the threshold, the channel, the destination or enabled',
      path: ['thresholdPercent'],
    }),
};

const toRecord = (row: UsageAlertsRow): AlertRuleRecord & Record<string, unknown> =>
  rowToRecord(usageAlerts.fields, row) as unknown as AlertRuleRecord & Record<string, unknown>;

/** The plan, when it belongs to the account the request names; otherwise 404 (another's plan is not shown to exist). */
async function ownedPlan(db: Knex | Knex.Transaction, planId: number, account: number, lock = false): Promise<AccountPlansRow> {
  const plan: AccountPlansRow | null | undefined = lock
    ? await lockAccountPlan(db as Knex.Transaction, planId).catch(() => null)
    : await db('account_plans').where({ id: planId }).first();
  if (!plan || plan.account_id !== account) throw notFound(`Account plan ${planId} not found for account ${account}`);
  return plan;
}

export function alertRulesRouter(db: Knex): Router {
  const router = Router();
  const parse = <S extends z.ZodType>(schema: S, value: unknown, what = 'body'): z.infer<S> => {
    const r = schema.safeParse(value ?? {});
    if (!r.success) throw fromZod(r.error, what);
    return r.data;
  };
  const change = (req: Request, body: unknown, action: string, work: Parameters<typeof runChange>[3]) =>
    runChange(db, req, { body, idempotencyKey: 'optional', what: action }, work);
  const writable = async (trx: Knex.Transaction, planId: number, account: number) => {
    const plan = await ownedPlan(trx, planId, account, true);
    const owner: Pick<AccountsRow, 'status'> | undefined = await trx('accounts').where({ id: account }).first('status');
    if (owner?.status !== 'active') throw conflict('account_not_active', `Account ${account} is deactivated: its alerts are off`);
    return plan;
  };

  /** The plan's rules, with who set each; `fairUse` when the plan is unlimited (the rules count its fair-use allowance). */
  router.get('/account-plans/:id/alert-rules', async (req, res) => {
    const { accountId: account } = parse(alertRuleSchemas.account, req.query, 'query');
    const plan = await ownedPlan(db, parseId(req.params.id), account);
    const rows: UsageAlertsRow[] = await db('usage_alerts')
      .where({ account_plan_id: plan.id })
      .orderBy([{ column: 'threshold_percent' }, { column: 'id' }]);
    res.json({ accountPlanId: plan.id, fairUse: !!toBool(plan.unlimited), maxRules: MAX_ALERT_RULES, rules: rows.map(toRecord) });
  });

  router.post('/account-plans/:id/alert-rules', async (req, res) => {
    const body = parse(alertRuleSchemas.create, req.body);
    const planId = parseId(req.params.id);
    const r = await change(req, body, 'usage-alerts.create', async (ctx) => {
      await writable(ctx.trx, planId, body.accountId);
      const at = ctx.now.toISOString();
      const [inserted] = await ctx.trx('usage_alerts').insert(
        {
          account_plan_id: planId,
          threshold_percent: body.thresholdPercent,
          channel: body.channel,
          destination: body.destination,
          enabled: body.enabled,
          set_by: 'customer',
          created_at: at,
          updated_at: at,
          version: 1,
        },
        ['id'],
      );
      const id = typeof inserted === 'object' ? (inserted as { id: number }).id : (inserted as number);
      await checkAlertRule(ctx.trx, null, toRecord(await ctx.trx('usage_alerts').where({ id }).first()), 'customer', ctx.now);
      const record = toRecord(await ctx.trx('usage_alerts').where({ id }).first());
      return {
        status: 201,
        body: record,
        audit: { action: 'usage-alerts.create', entity: 'usage-alerts', entityId: String(id), after: record },
      };
    });
    if (r.replayed) res.set('Idempotent-Replayed', 'true');
    res.status(r.status).json(r.body);
  });

  router.patch('/account-plans/:id/alert-rules/:ruleId', async (req, res) => {
    const body = parse(alertRuleSchemas.update, req.body);
    const planId = parseId(req.params.id);
    const ruleId = parseId(req.params.ruleId);
    const r = await change(req, body, 'usage-alerts.update', async (ctx) => {
      await writable(ctx.trx, planId, body.accountId);
      const current: UsageAlertsRow | undefined = await ctx.trx('usage_alerts').where({ id: ruleId, account_plan_id: planId }).first();
      if (!current) throw notFound(`Alert rule ${ruleId} not found on plan ${planId}`);
      const before = toRecord(current);
      await ctx
        .trx('usage_alerts')
        .where({ id: ruleId })
        .update({
          ...(body.thresholdPercent !== undefined ? { threshold_percent: body.thresholdPercent } : {}),
          ...(body.channel !== undefined ? { channel: body.channel } : {}),
          ...(body.destination !== undefined ? { destination: body.destination } : {}),
          ...(body.enabled !== undefined ? { enabled: body.enabled } : {}),
          updated_at: ctx.now.toISOString(),
          version: current.version + 1,
        });
      await checkAlertRule(ctx.trx, before, toRecord(await ctx.trx('usage_alerts').where({ id: ruleId }).first()), 'customer', ctx.now);
      const record = toRecord(await ctx.trx('usage_alerts').where({ id: ruleId }).first());
      return {
        status: 200,
        body: record,
        audit: { action: 'usage-alerts.update', entity: 'usage-alerts', entityId: String(ruleId), before, after: record },
      };
    });
    if (r.replayed) res.set('Idempotent-Replayed', 'true');
    res.status(r.status).json(r.body);
  });

  router.delete('/account-plans/:id/alert-rules/:ruleId', async (req, res) => {
    const { accountId: account } = parse(alertRuleSchemas.account, req.query, 'query');
    const planId = parseId(req.params.id);
    const ruleId = parseId(req.params.ruleId);
    const r = await change(req, { accountId: account }, 'usage-alerts.delete', async (ctx) => {
      await writable(ctx.trx, planId, account);
      const current: UsageAlertsRow | undefined = await ctx.trx('usage_alerts').where({ id: ruleId, account_plan_id: planId }).first();
      if (!current) throw notFound(`Alert rule ${ruleId} not found on plan ${planId}`);
      await ctx.trx('usage_alerts').where({ id: ruleId }).delete();
      const before = toRecord(current);
      return {
        status: 200,
        body: { id: ruleId, deleted: true },
        audit: { action: 'usage-alerts.delete', entity: 'usage-alerts', entityId: String(ruleId), before, after: null },
      };
    });
    if (r.replayed) res.set('Idempotent-Replayed', 'true');
    res.status(r.status).json(r.body);
  });
  return router;
}
