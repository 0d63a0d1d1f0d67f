import type { Knex } from 'knex';
import { actorId, type Actor } from '../domain/actor.ts';
import type { LEDGER_KINDS } from '../domain/enums.ts';
import { forUpdate } from '../db/locks.ts';
import { notFound, ruleRefused } from '../http/errors.ts';

export type LedgerKind = (typeof LEDGER_KINDS)[number];

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

export interface PostedEntry { id: number; balanceAfterMb: number }

/** Reads an account plan and locks it until the transaction ends. */
export async function lockAccountPlan(trx: Knex.Transaction, id: number) {
  const plan = await forUpdate(trx, trx('account_plans').where({ id })).first();
  if (!plan) throw notFound(`Account plan ${id} not found`);
  return plan;
}

/**
 * The only way data moves (SPEC "Orders and account plans"): appends one entry
 * and moves the plan's cached balance with it, inside the caller's transaction,
 * under the plan's row lock. A balance never goes below zero (MONEY.md §3, inv. 2).
 */
export async function post(trx: Knex.Transaction, p: Posting): Promise<PostedEntry> {
  if (!Number.isSafeInteger(p.deltaMb) || p.deltaMb === 0) throw new Error(`ledger: delta must be a non-zero whole MB, got ${p.deltaMb}`);
  const plan = await lockAccountPlan(trx, p.accountPlanId);
  const balance = plan.data_remaining_mb + p.deltaMb;
  if (balance < 0) throw ruleRefused('insufficient_data', `Account plan ${p.accountPlanId} holds ${plan.data_remaining_mb} MB: ${-p.deltaMb} MB cannot be taken from it`);
  const at = p.now.toISOString();
  // Access ends when the data is used up (SPEC "Orders and account plans").
  const exhausted = balance === 0 && plan.status === 'active' && !plan.unlimited;
  await trx('account_plans').where({ id: p.accountPlanId }).update({
    ...(exhausted ? { status: 'exhausted' } : {}),
    data_remaining_mb: balance,
    data_total_mb: plan.data_total_mb + Math.max(0, p.deltaMb),
    data_used_mb: plan.data_used_mb + (p.kind === 'usage' ? -p.deltaMb : 0),
    updated_at: at,
    version: plan.version + 1,
  });
  const [row] = await trx('data_ledger').insert({
    account_plan_id: p.accountPlanId, kind: p.kind, delta_mb: p.deltaMb, balance_after_mb: balance,
    reverses_id: p.reversesId ?? null, order_id: p.orderId ?? null, transfer_id: p.transferId ?? null,
    refund_id: p.refundId ?? null, usage_record_id: p.usageRecordId ?? null, referral_id: p.referralId ?? null,
    actor_kind: p.actor.kind, actor_id: actorId(p.actor), note: p.note ?? null, created_at: at,
  }, ['id']);
  return { id: typeof row === 'object' ? row.id : row, balanceAfterMb: balance };
}

export interface PlanMismatch { accountPlanId: number; cachedMb: number; ledgerMb: number }

/** Reconciliation (MONEY.md §3, inv. 5): every plan whose cached balance differs from the sum of its entries. */
export async function reconcileLedger(db: Knex): Promise<{ checked: number; mismatches: PlanMismatch[] }> {
  const sums = db('data_ledger').select('account_plan_id').sum({ ledger: 'delta_mb' }).groupBy('account_plan_id').as('l');
  const rows = await db('account_plans as p')
    .leftJoin(sums, 'l.account_plan_id', 'p.id')
    .whereRaw('p.data_remaining_mb <> COALESCE(l.ledger, 0)')
    .select('p.id', 'p.data_remaining_mb', 'l.ledger');
  const count = await db('account_plans').count({ n: '*' }).first();
  return {
    checked: Number(count?.n ?? 0),
    mismatches: rows.map((r: { id: number; data_remaining_mb: number; ledger: number | null }) => ({ accountPlanId: r.id, cachedMb: r.data_remaining_mb, ledgerMb: Number(r.ledger ?? 0) })),
  };
}
