import type { Knex } from 'knex';
import { actorId, type Actor } from '../domain/actor.ts';
import type { LedgerKind } from '../domain/ledger/shares.ts';
import { applyMovement } from '../domain/ledger/usage.ts';
import { forUpdate } from '../db/locks.ts';
import type { AccountPlansRow } from '../db/rows.generated.ts';
import { toBool } from '../db/values.ts';
import { notFound, ruleRefused } from '../http/errors.ts';

export type { LedgerKind };

export interface Posting {
  accountPlanId: number;
  kind: LedgerKind;
  /** Signed MB: credits > 0, debits < 0. */
  deltaMb: number;
  actor: Actor;
  now: Date;
  transferId?: number | null;
  orderId?: number | null;
  refundId?: number | null;
  usageRecordId?: number | null;
  referralId?: number | null;
  /** The entry this one compensates; unique, so an entry is reversed at most once. */
  reversesId?: number | null;
  note?: string | null;
}

export interface PostedEntry {
  id: number;
  balanceAfterMb: number;
  giftedDeltaMb: number;
}

/** Reads an account plan and locks it until the transaction ends. */
export async function lockAccountPlan(trx: Knex.Transaction, id: number): Promise<AccountPlansRow> {
  const plan: AccountPlansRow | undefined = await forUpdate(trx, trx('account_plans').where({ id })).first();
  if (!plan) throw notFound(`Account plan ${id} not found`);
  return plan;
}

/**
 * The only way data moves (docs/RULES.md "Orders and account plans"): appends one entry
 * and moves the plan's cached balances with it, inside the caller's transaction,
 * under the plan's row lock. A balance never goes below zero (docs/MONEY.md §3, inv. 2);
 * the entry records its gifted part (domain/ledger/shares.ts), and data that may only
 * be paid data (sent, recovered) is refused when the plan holds too little of it.
 */
export async function post(trx: Knex.Transaction, p: Posting): Promise<PostedEntry> {
  if (!Number.isSafeInteger(p.deltaMb) || p.deltaMb === 0) throw new Error(`ledger: delta must be a non-zero whole MB, got ${p.deltaMb}`);
  const plan = await lockAccountPlan(trx, p.accountPlanId);
  const reversesOwnEntry =
    p.reversesId != null &&
    (await trx('data_ledger').where({ id: p.reversesId }).first('account_plan_id'))?.account_plan_id === p.accountPlanId;
  const moved = applyMovement(
    {
      status: plan.status,
      origin: plan.origin,
      unlimited: !!toBool(plan.unlimited),
      remainingMb: plan.data_remaining_mb,
      giftedMb: plan.data_gifted_mb,
      totalMb: plan.data_total_mb,
      usedMb: plan.data_used_mb,
      expiresAt: null,
    },
    { kind: p.kind, deltaMb: p.deltaMb, reversesOwnEntry },
  );
  if ('refusal' in moved)
    throw ruleRefused(
      'insufficient_data',
      moved.refusal === 'insufficient_data'
        ? `Account plan ${p.accountPlanId} holds ${plan.data_remaining_mb} MB: ${-p.deltaMb} MB cannot be taken from it`
        : `Account plan ${p.accountPlanId} holds ${moved.paidMb} MB of paid data: ${-p.deltaMb} MB cannot be taken from it (gifted data is never sent)`,
    );
  const { line, plan: after } = moved;
  const balance = line.balanceAfterMb;
  const gifted = line.giftedAfterMb;
  const share = { giftedDeltaMb: line.giftedDeltaMb };
  const at = p.now.toISOString();
  // Access ends when the data is used up (docs/RULES.md "Orders and account plans").
  await trx('account_plans')
    .where({ id: p.accountPlanId })
    .update({
      ...(after.status !== plan.status ? { status: after.status } : {}),
      data_remaining_mb: balance,
      data_gifted_mb: gifted,
      data_total_mb: after.totalMb,
      data_used_mb: after.usedMb,
      updated_at: at,
      version: plan.version + 1,
    });
  const [row] = await trx('data_ledger').insert(
    {
      account_plan_id: p.accountPlanId,
      kind: p.kind,
      delta_mb: p.deltaMb,
      gifted_delta_mb: share.giftedDeltaMb,
      balance_after_mb: balance,
      gifted_after_mb: gifted,
      reverses_id: p.reversesId ?? null,
      order_id: p.orderId ?? null,
      transfer_id: p.transferId ?? null,
      refund_id: p.refundId ?? null,
      usage_record_id: p.usageRecordId ?? null,
      referral_id: p.referralId ?? null,
      actor_kind: p.actor.kind,
      actor_id: actorId(p.actor),
      note: p.note ?? null,
      created_at: at,
    },
    ['id'],
  );
  return { id: typeof row === 'object' ? row.id : row, balanceAfterMb: balance, giftedDeltaMb: share.giftedDeltaMb };
}

export interface PlanMismatch {
  accountPlanId: number;
  /** Which cache differs from the ledger: the remaining data, its gifted part, or the size the customer sees. */
  field: 'remaining' | 'gifted' | 'size';
  cachedMb: number;
  ledgerMb: number;
}

/**
 * Reconciliation (docs/MONEY.md §3, inv. 5): every plan whose cached remaining data, gifted part or
 * size differs from what its entries add up to (a CHECK keeps the gifted part within the remaining data).
 */
/** A plan's cached figures and its entries' sums (left join: null when it has no entry; PostgreSQL sums are text). */
type PlanSumsRow = Pick<AccountPlansRow, 'id' | 'data_remaining_mb' | 'data_gifted_mb' | 'data_total_mb'> & {
  remaining: number | string | null;
  gifted: number | string | null;
  size: number | string | null;
};

export async function reconcileLedger(db: Knex): Promise<{ checked: number; mismatches: PlanMismatch[] }> {
  const sizeOf = `SUM(CASE
    WHEN l.kind = 'reversal' AND l.delta_mb > 0 AND r.account_plan_id = l.account_plan_id THEN 0
    WHEN l.kind = 'reversal' THEN l.delta_mb
    WHEN l.delta_mb > 0 AND l.kind IN ('purchase', 'bonus', 'goodwill', 'referral_reward', 'transfer_in', 'adjustment') THEN l.delta_mb
    ELSE 0 END)`;
  const sums = db('data_ledger as l')
    .leftJoin('data_ledger as r', 'r.id', 'l.reverses_id')
    .select('l.account_plan_id')
    .sum({ remaining: 'l.delta_mb', gifted: 'l.gifted_delta_mb' })
    .select(db.raw(`${sizeOf} AS size`))
    .groupBy('l.account_plan_id')
    .as('s');
  const rows: PlanSumsRow[] = await db('account_plans as p')
    .leftJoin(sums, 's.account_plan_id', 'p.id')
    .whereRaw(
      'p.data_remaining_mb <> COALESCE(s.remaining, 0) OR p.data_gifted_mb <> COALESCE(s.gifted, 0) OR p.data_total_mb <> COALESCE(s.size, 0)',
    )
    .select('p.id', 'p.data_remaining_mb', 'p.data_gifted_mb', 'p.data_total_mb', 's.remaining', 's.gifted', 's.size');
  const count = await db('account_plans').count({ n: '*' }).first();
  const mismatches: PlanMismatch[] = [];
  for (const r of rows) {
    const id = Number(r.id);
    const check = (field: PlanMismatch['field'], cached: number, ledger: number | string | null) => {
      if (Number(cached) !== Number(ledger ?? 0))
        mismatches.push({ accountPlanId: id, field, cachedMb: Number(cached), ledgerMb: Number(ledger ?? 0) });
    };
    check('remaining', r.data_remaining_mb, r.remaining);
    check('gifted', r.data_gifted_mb, r.gifted);
    check('size', r.data_total_mb, r.size);
  }
  return { checked: Number(count?.n ?? 0), mismatches };
}
