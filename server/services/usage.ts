// Usage reported by the network (through the customer app's backend): blocks refuse it, the
// ledger takes what the plan holds, and consumption alerts fire once per threshold (seed 002).
import type { Knex } from 'knex';
import { toBool, toIso } from '../db/values.ts';
import { DEFAULT_THRESHOLDS, rulesToFire } from '../domain/accounts/alerts.ts';
import { notFound, ruleRefused } from '../http/errors.ts';
import * as texts from '../outbox/accountMessages.ts';
import { insertMany } from '../db/bulk.ts';
import { isPostgres } from '../db/connection.ts';
import { actorId } from '../domain/actor.ts';
import { applyUsage, USAGE_REFUSAL_MESSAGES, usageRefusal, type LedgerLine, type PlanBalances } from '../domain/ledger/usage.ts';
import type { OutgoingMessage } from '../outbox/outbox.ts';
import type { Ctx } from './ctx.ts';

import type { AccountPlansRow, AccountsRow, DbBool, UsageAlertsRow, UsageRecordsRow } from '../db/rows.generated.ts';

/** A usage record as the batch inserts it; its id is set once the batch is stored. */
type NewUsageRecord = Omit<UsageRecordsRow, 'id' | 'occurred_at' | 'created_at'> & { id?: number; occurred_at: string; created_at: string };
/** The columns of a plan's alert rule, as the lock query reads them (all null when the plan has no rule). */
interface RuleColumns {
  rule_id: UsageAlertsRow['id'];
  rule_threshold_percent: UsageAlertsRow['threshold_percent'];
  rule_channel: UsageAlertsRow['channel'];
  rule_destination: UsageAlertsRow['destination'];
  rule_enabled: UsageAlertsRow['enabled'];
  rule_fired_at: UsageAlertsRow['fired_at'];
}
/** A locked plan with its account's state and contact, and one of its alert rules (left join: one row per rule). */
type LockedPlanRow = AccountPlansRow & {
  account_data_blocked: DbBool;
  account_status: AccountsRow['status'];
  account_email: AccountsRow['email'];
  account_phone: AccountsRow['phone'];
  account_locale: AccountsRow['locale'];
} & { [K in keyof RuleColumns]: RuleColumns[K] | null };

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
export async function isBlocked(
  trx: Knex | Knex.Transaction,
  plan: Pick<AccountPlansRow, 'data_blocked' | 'account_id'>,
): Promise<boolean> {
  if (toBool(plan.data_blocked)) return true;
  const account: Pick<AccountsRow, 'data_blocked'> | undefined = await trx('accounts').where({ id: plan.account_id }).first('data_blocked');
  return !!toBool(account?.data_blocked);
}

/**
 * Fires the alert rules the plan's level has now reached, once each, in the caller's transaction:
 * percentages of what the plan gave the customer, 100 % when nothing is left (docs/RULES.md "Alerts").
 */
export async function evaluateAlerts(ctx: Ctx, plan: AccountPlansRow, usageRecordId: number | null): Promise<number> {
  const rules: UsageAlertsRow[] = await ctx.trx('usage_alerts').where({ account_plan_id: plan.id });
  const due = rulesToFire(
    rules.map((r) => ({ id: r.id, thresholdPercent: r.threshold_percent, enabled: !!toBool(r.enabled), firedAt: toIso(r.fired_at) })),
    { sizeMb: plan.data_total_mb, remainingMb: plan.data_remaining_mb },
  );
  if (!due.length) return 0;
  const account: Pick<AccountsRow, 'email' | 'phone' | 'locale' | 'status'> | undefined = await ctx
    .trx('accounts')
    .where({ id: plan.account_id })
    .first('email', 'phone', 'locale', 'status');
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

/** One usage record as the network reports it; `recordId` is the network's own id (batches only). */
export interface UsageInput {
  accountPlanId: number;
  mb: number;
  country?: string;
  occurredAt?: string;
  recordId?: string;
}

export type UsageOutcome =
  | { status: 'recorded'; usage: NewUsageRecord; chargedMb: number }
  | { status: 'duplicate'; usageRecordId: number }
  | { status: 'rejected'; code: string; message: string; httpStatus: number };

/** A record id met at insert that the duplicate check had not seen (a concurrent batch on another plan): run the batch again. */
export class UsageRaceError extends Error {}

const planBalances = (p: AccountPlansRow): PlanBalances => ({
  status: p.status,
  origin: p.origin,
  unlimited: !!toBool(p.unlimited),
  remainingMb: Number(p.data_remaining_mb),
  giftedMb: Number(p.data_gifted_mb),
  totalMb: Number(p.data_total_mb),
  usedMb: Number(p.data_used_mb),
  expiresAt: toIso(p.expires_at),
});

/** Rows per INSERT so that a statement stays within SQLite's and PostgreSQL's bound on parameters. */
const chunked = <T>(rows: T[], columns: number): T[][] => {
  const size = Math.max(1, Math.floor(30_000 / columns));
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
};

/**
 * Updates many rows by id with a value per row and column, in one statement
 * (`WITH v(…) AS (VALUES …) UPDATE … FROM v`, both engines); one row is a plain update.
 * `common` values are the same for every row; the row's version goes up by one.
 */
async function updateById(
  trx: Knex.Transaction,
  table: string,
  rows: { id: number; values: Record<string, number | string | null> }[],
  common: Record<string, string>,
  onlyWhere?: string,
): Promise<void> {
  if (!rows.length) return;
  if (rows.length === 1) {
    const q = trx(table)
      .where({ id: rows[0]!.id })
      .update({ ...rows[0]!.values, ...common, version: trx.raw('version + 1') });
    if (onlyWhere) q.whereRaw(onlyWhere);
    await q;
    return;
  }
  const columns = Object.keys(rows[0]!.values);
  const pg = isPostgres(trx);
  const cast = (v: unknown) => (!pg ? '?' : typeof v === 'number' ? '?::integer' : '?::text');
  const tuples = rows.map((r) => `(${[cast(r.id), ...columns.map((c) => cast(r.values[c]))].join(', ')})`).join(', ');
  const bindings = rows.flatMap((r) => [r.id, ...columns.map((c) => r.values[c] ?? null)]);
  const sets = [...columns.map((c) => `${c} = v.${c}`), ...Object.keys(common).map((c) => `${c} = ?`), 'version = version + 1'];
  await trx.raw(
    `WITH v(id, ${columns.join(', ')}) AS (VALUES ${tuples}) UPDATE ${table} SET ${sets.join(', ')} FROM v WHERE ${table}.id = v.id${
      onlyWhere ? ` AND ${table}.${onlyWhere}` : ''
    }`,
    [...bindings, ...Object.values(common)],
  );
}

interface PlanWork {
  row: LockedPlanRow;
  balances: PlanBalances;
  rules: { id: number; thresholdPercent: number; enabled: boolean; firedAt: string | null; channel: string; destination: string | null }[];
  changed: boolean;
  alertsFired: number;
}

/**
 * Records usage, one record or a batch of them, in the caller's transaction (docs/ARCHITECTURE.md
 * "Usage ingestion"): the plans read and locked once (with their account and alert rules), each
 * record decided by the pure rules of domain/ledger/usage.ts in the order given, then one multi-row
 * insert of the records, one of the ledger entries, one update of the plans, one of the alerts fired
 * and one of their messages. A record whose `recordId` is already stored is a duplicate, stored once.
 */
export async function ingestUsage(
  ctx: Ctx,
  inputs: UsageInput[],
): Promise<{ outcomes: UsageOutcome[]; plans: Map<number, { row: LockedPlanRow; dataRemainingMb: number; alertsFired: number }> }> {
  const { trx, now } = ctx;
  const at = now.toISOString();
  const planIds = [...new Set(inputs.map((r) => r.accountPlanId))].sort((a, b) => a - b);
  const lockQuery = trx('account_plans as p')
    .join('accounts as a', 'a.id', 'p.account_id')
    .leftJoin('usage_alerts as r', 'r.account_plan_id', 'p.id')
    .whereIn('p.id', planIds)
    .orderBy('p.id')
    .select(
      'p.*',
      'a.data_blocked as account_data_blocked',
      'a.status as account_status',
      'a.email as account_email',
      'a.phone as account_phone',
      'a.locale as account_locale',
      'r.id as rule_id',
      'r.threshold_percent as rule_threshold_percent',
      'r.channel as rule_channel',
      'r.destination as rule_destination',
      'r.enabled as rule_enabled',
      'r.fired_at as rule_fired_at',
    );
  const lockedRows: LockedPlanRow[] = await (isPostgres(trx) ? lockQuery.forUpdate('p') : lockQuery);
  const plans = new Map<number, PlanWork>();
  for (const r of lockedRows) {
    let w = plans.get(r.id);
    if (!w) plans.set(r.id, (w = { row: r, balances: planBalances(r), rules: [], changed: false, alertsFired: 0 }));
    if (r.rule_id != null) {
      const rule = r as LockedPlanRow & RuleColumns; // a rule's columns are all set when its id is
      w.rules.push({
        id: rule.rule_id,
        thresholdPercent: rule.rule_threshold_percent,
        enabled: !!toBool(rule.rule_enabled),
        firedAt: toIso(rule.rule_fired_at),
        channel: rule.rule_channel,
        destination: rule.rule_destination,
      });
    }
  }
  // Read after the plans' locks: a batch that held them has committed its records by now.
  const recordIds = [...new Set(inputs.flatMap((r) => (r.recordId ? [r.recordId] : [])))];
  const stored = new Map<string, { id: number; accountPlanId: number; mb: number }>();
  for (const ids of chunked(recordIds, 1))
    for (const u of (await trx('usage_records')
      .whereIn('network_record_id', ids)
      .select('id', 'network_record_id', 'account_plan_id', 'mb')) as (Pick<UsageRecordsRow, 'id' | 'account_plan_id' | 'mb'> & {
      network_record_id: string;
    })[])
      stored.set(u.network_record_id, { id: u.id, accountPlanId: Number(u.account_plan_id), mb: Number(u.mb) });

  const outcomes: UsageOutcome[] = new Array(inputs.length);
  const pending: { index: number; row: NewUsageRecord; lines: LedgerLine[] }[] = [];
  const firings: { ruleId: number; pendingIndex: number; message: OutgoingMessage | null }[] = [];
  const seen = new Map<string, number>(); // record id → index of the record recorded in this batch
  const reject = (code: string, message: string, httpStatus = 422): UsageOutcome => ({ status: 'rejected', code, message, httpStatus });
  inputs.forEach((input, index) => {
    if (input.recordId) {
      const before = stored.get(input.recordId);
      const earlier = seen.get(input.recordId);
      const same = before ?? (earlier != null ? { accountPlanId: inputs[earlier]!.accountPlanId, mb: inputs[earlier]!.mb } : null);
      if (same) {
        outcomes[index] =
          same.accountPlanId !== input.accountPlanId || Number(same.mb) !== input.mb
            ? reject('record_id_reused', `Record ${input.recordId} was already reported with another plan or amount`)
            : { status: 'duplicate', usageRecordId: before?.id ?? -1 - earlier! };
        return;
      }
    }
    const w = plans.get(input.accountPlanId);
    if (!w) {
      outcomes[index] = reject('not_found', `Account plan ${input.accountPlanId} not found`, 404);
      return;
    }
    const occurredAt = input.occurredAt ? new Date(input.occurredAt) : now;
    const refusal = usageRefusal(
      {
        planBlocked: !!toBool(w.row.data_blocked),
        accountBlocked: !!toBool(w.row.account_data_blocked),
        accountStatus: w.row.account_status ?? null,
        planStatus: w.balances.status,
      },
      occurredAt,
      now,
    );
    if (refusal) {
      outcomes[index] = reject(refusal, USAGE_REFUSAL_MESSAGES[refusal](w.balances.status));
      return;
    }
    const done = applyUsage(w.balances, { mb: input.mb, occurredAt }, now);
    if (done.lines.length || done.plan.status !== w.balances.status) w.changed = true;
    w.balances = done.plan;
    const row: NewUsageRecord = {
      account_plan_id: input.accountPlanId,
      mb: input.mb,
      charged_mb: done.chargedMb,
      country_code: input.country ?? null,
      occurred_at: occurredAt.toISOString(),
      created_at: at,
      network_record_id: input.recordId ?? null,
    };
    const pendingIndex = pending.length;
    pending.push({ index, row, lines: done.lines });
    if (input.recordId) seen.set(input.recordId, index);
    outcomes[index] = { status: 'recorded', usage: row, chargedMb: done.chargedMb };
    // Alerts: the plan's level after this record, each rule once (docs/RULES.md "Consumption alerts").
    const due = rulesToFire(w.rules, { sizeMb: w.balances.totalMb, remainingMb: w.balances.remainingMb });
    for (const rule of due) {
      const r = w.rules.find((x) => x.id === rule.id)!;
      r.firedAt = at;
      w.alertsFired++;
      const address = r.destination ?? (r.channel === 'sms' ? w.row.account_phone : w.row.account_email);
      firings.push({
        ruleId: r.id,
        pendingIndex,
        message:
          address && w.row.account_status === 'active'
            ? texts.usageAlert(
                {
                  accountId: w.row.account_id,
                  address,
                  channel: r.channel as 'email' | 'sms',
                  locale: w.row.account_locale === 'en' ? 'en' : 'fr',
                },
                {
                  alertId: r.id,
                  planId: w.row.id,
                  planName: w.row.name,
                  percent: r.thresholdPercent,
                  remainingMb: w.balances.remainingMb,
                  fairUse: w.balances.unlimited,
                },
              )
            : null,
      });
    }
  });

  // The writes: records, ledger entries, plans, alerts, messages.
  const ids: number[] = [];
  const inserted = await insertMany(
    trx,
    'usage_records',
    pending.map((p) => p.row),
    {
      returning: ['id', 'network_record_id'],
      ...(pending.some((p) => p.row.network_record_id) ? { onConflictIgnore: 'network_record_id' } : {}),
    },
  );
  if (inserted.length !== pending.length) throw new UsageRaceError('a record id was stored by a concurrent batch');
  const byKey = new Map(inserted.map((r) => [r.network_record_id, Number(r.id)]));
  const inOrder = inserted.map((r) => Number(r.id)).sort((a, b) => a - b);
  pending.forEach((p, i) => ids.push(p.row.network_record_id ? byKey.get(p.row.network_record_id)! : inOrder[i]!));
  pending.forEach((p, i) => {
    p.row.id = ids[i];
    const o = outcomes[p.index]!;
    if (o.status === 'recorded') o.usage = p.row;
  });
  inputs.forEach((input, index) => {
    const o = outcomes[index]!;
    if (o.status === 'duplicate' && o.usageRecordId < 0)
      o.usageRecordId = (outcomes[-1 - o.usageRecordId] as { usage: NewUsageRecord }).usage.id!; // recorded in this batch: stored, with its id
  });
  const actorKind = ctx.actor.kind;
  const actor = actorId(ctx.actor);
  const ledgerRows = pending.flatMap((p) =>
    p.lines.map((l) => ({
      account_plan_id: p.row.account_plan_id,
      kind: l.kind,
      delta_mb: l.deltaMb,
      gifted_delta_mb: l.giftedDeltaMb,
      balance_after_mb: l.balanceAfterMb,
      gifted_after_mb: l.giftedAfterMb,
      usage_record_id: l.kind === 'usage' ? p.row.id! : null, // stored above, with its id
      actor_kind: actorKind,
      actor_id: actor,
      note: l.note,
      created_at: at,
    })),
  );
  await insertMany(trx, 'data_ledger', ledgerRows);
  const changed = [...plans.values()].filter((w) => w.changed);
  await updateById(
    trx,
    'account_plans',
    changed.map((w) => ({
      id: w.row.id,
      values: {
        status: w.balances.status,
        data_remaining_mb: w.balances.remainingMb,
        data_gifted_mb: w.balances.giftedMb,
        data_total_mb: w.balances.totalMb,
        data_used_mb: w.balances.usedMb,
      },
    })),
    { updated_at: at },
  );
  if (firings.length) {
    await updateById(
      trx,
      'usage_alerts',
      firings.map((f) => ({ id: f.ruleId, values: { fired_usage_record_id: pending[f.pendingIndex]!.row.id! } })),
      { fired_at: at, updated_at: at },
      'fired_at IS NULL',
    );
    for (const f of firings) if (f.message) await ctx.queue(f.message);
  }
  const result = new Map<number, { row: LockedPlanRow; dataRemainingMb: number; alertsFired: number }>();
  for (const [id, w] of plans) result.set(id, { row: w.row, dataRemainingMb: w.balances.remainingMb, alertsFired: w.alertsFired });
  return { outcomes, plans: result };
}

/**
 * A usage record: refused on a blocked plan, a closed account, or a plan never activated, refunded
 * or cancelled. The ledger takes what the plan holds when the data was used; the rest is overshoot
 * (a session ending a few MB past the end, or data used after the validity ended): recorded with
 * the record, never counted as plan data, never charged anywhere (domain/ledger/usage.ts).
 */
export async function recordUsage(
  ctx: Ctx,
  input: UsageInput,
): Promise<{ usage: NewUsageRecord; dataRemainingMb: number; alertsFired: number }> {
  const { outcomes, plans } = await ingestUsage(ctx, [input]);
  const o = outcomes[0]!;
  if (o.status === 'rejected') {
    if (o.httpStatus === 404) throw notFound(o.message);
    throw ruleRefused(o.code, o.message, o.code === 'occurred_in_future' ? { occurredAt: 'in the future' } : undefined);
  }
  if (o.status !== 'recorded') throw new Error('usage: a single record without a record id is never a duplicate');
  const plan = plans.get(input.accountPlanId)!;
  return { usage: o.usage, dataRemainingMb: plan.dataRemainingMb, alertsFired: plan.alertsFired };
}
