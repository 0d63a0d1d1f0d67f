// Alert rules, whoever sets them (docs/RULES.md "Consumption alerts"): support from the console
// (the usage-alerts resource) and the customer from the app (server/integration/alertRules.ts) go
// through the same checks, here. Each rule records who set it last.
import type { Knex } from 'knex';
import { alertDestination, alertRuleRefusal, MAX_ALERT_RULES } from '../domain/accounts/alerts.ts';
import { ruleRefused } from '../http/errors.ts';
import { lockAccountPlan } from './ledger.ts';
import type { AccountsRow } from '../db/rows.generated.ts';

export type AlertSetBy = 'staff' | 'customer';

export interface AlertRuleRecord {
  id: number;
  accountPlanId: number;
  thresholdPercent: number;
  channel: 'email' | 'sms';
  destination: string | null;
  firedAt?: string | null;
}

/**
 * Checks a rule just written in `trx` (the change is rolled back with the refusal): at most five per
 * plan (422 too_many_alert_rules), an SMS needs a number (422 sms_needs_number), a destination of the
 * channel's kind (422 invalid_destination, stored in E.164 or lower case); a changed threshold re-arms
 * the rule; `set_by` says who set it.
 */
export async function checkAlertRule(
  trx: Knex.Transaction,
  before: AlertRuleRecord | null,
  after: AlertRuleRecord,
  setBy: AlertSetBy,
  now: Date,
): Promise<void> {
  const plan = await lockAccountPlan(trx, after.accountPlanId);
  const count = Number((await trx('usage_alerts').where({ account_plan_id: plan.id }).count({ n: '*' }).first())?.n ?? 0);
  const account: Pick<AccountsRow, 'phone'> | undefined = await trx('accounts').where({ id: plan.account_id }).first('phone');
  const refusal = alertRuleRefusal(before ? 0 : count - 1, {
    channel: after.channel,
    destination: after.destination ?? null,
    accountPhone: account?.phone ?? null,
  });
  if (refusal === 'too_many_alert_rules') throw ruleRefused(refusal, `A plan has at most ${MAX_ALERT_RULES} alert rules`);
  if (refusal === 'sms_needs_number')
    throw ruleRefused(refusal, 'An SMS alert needs a number: give a destination, or add a phone number to the account', {
      destination: 'a phone number is needed',
    });
  const destination = alertDestination(after.channel, after.destination ?? null);
  if (destination === 'invalid')
    throw ruleRefused(
      'invalid_destination',
      after.channel === 'sms' ? 'An SMS goes to a phone number' : 'An e-mail goes to an e-mail address',
      {
        destination: 'invalid',
      },
    );
  const rearm = !!before && before.thresholdPercent !== after.thresholdPercent && !!after.firedAt;
  await trx('usage_alerts')
    .where({ id: after.id })
    .update({
      destination: destination.value,
      set_by: setBy,
      ...(rearm ? { fired_at: null, fired_usage_record_id: null } : {}),
      updated_at: now.toISOString(),
    });
}
