// What one usage record does to a plan, as pure functions: the single-record endpoint and the batch
// endpoint (docs/ARCHITECTURE.md "Usage ingestion") run the same rules on the plan they locked, then
// write the result. GCS §5.4: access ends at the end of validity or when the data is used up.
import { giftedPart, isGiftedOrigin, sizeDelta, type LedgerKind } from './shares.ts';

/** A plan's balances and state, as the ledger moves them (the cached columns of account_plans). */
export interface PlanBalances {
  status: string;
  origin: string;
  unlimited: boolean;
  remainingMb: number;
  giftedMb: number;
  totalMb: number;
  usedMb: number;
  /** ISO instant the validity ends, or null. */
  expiresAt: string | null;
}

/** One ledger entry a movement writes, with the balances after it. */
export interface LedgerLine {
  kind: LedgerKind;
  deltaMb: number;
  giftedDeltaMb: number;
  balanceAfterMb: number;
  giftedAfterMb: number;
  note: string | null;
}

export type MovementRefusal = { refusal: 'insufficient_data'; heldMb: number } | { refusal: 'insufficient_paid_data'; paidMb: number };

/**
 * One movement of data on a plan (the rule services/ledger.ts `post` writes): the balance never goes
 * below zero, the gifted part follows `giftedPart`, the size follows `sizeDelta`, and a limited plan
 * whose data is used up is exhausted.
 */
export function applyMovement(
  plan: PlanBalances,
  m: { kind: LedgerKind; deltaMb: number; reversesOwnEntry?: boolean; note?: string | null },
): MovementRefusal | { line: LedgerLine; plan: PlanBalances } {
  const balance = plan.remainingMb + m.deltaMb;
  if (balance < 0) return { refusal: 'insufficient_data', heldMb: plan.remainingMb };
  const share = giftedPart(
    { kind: m.kind, deltaMb: m.deltaMb, giftedPlan: isGiftedOrigin(plan.origin) },
    { remainingMb: plan.remainingMb, giftedMb: plan.giftedMb },
  );
  if ('refusal' in share) return { refusal: 'insufficient_paid_data', paidMb: share.paidMb };
  const gifted = plan.giftedMb + share.giftedDeltaMb;
  const exhausted = balance === 0 && plan.status === 'active' && !plan.unlimited;
  return {
    line: {
      kind: m.kind,
      deltaMb: m.deltaMb,
      giftedDeltaMb: share.giftedDeltaMb,
      balanceAfterMb: balance,
      giftedAfterMb: gifted,
      note: m.note ?? null,
    },
    plan: {
      ...plan,
      status: exhausted ? 'exhausted' : plan.status,
      remainingMb: balance,
      giftedMb: gifted,
      totalMb: plan.totalMb + sizeDelta({ kind: m.kind, deltaMb: m.deltaMb, reversesOwnEntry: !!m.reversesOwnEntry }),
      usedMb: plan.usedMb + (m.kind === 'usage' ? -m.deltaMb : 0),
    },
  };
}

export type UsageRefusal = 'data_blocked' | 'account_inactive' | 'plan_not_active' | 'occurred_in_future';

/** What the refusal says (the plan's status for `plan_not_active`). */
export const USAGE_REFUSAL_MESSAGES: Record<UsageRefusal, (planStatus: string) => string> = {
  data_blocked: () => 'Data is blocked on this plan by Kolet support',
  account_inactive: () => 'This account is closed: its plans carry no more usage',
  plan_not_active: (status) => `This plan is ${status}: it carries no usage`,
  occurred_in_future: () => 'Usage cannot be reported in the future',
};

/**
 * Why a usage record is refused, if it is: a block on the plan or the account, a closed account, a
 * plan never activated, refunded or cancelled (an expired or exhausted plan still records overshoot),
 * or usage dated in the future. In that order: the first that applies is the answer.
 */
export function usageRefusal(
  facts: { planBlocked: boolean; accountBlocked: boolean; accountStatus: string | null; planStatus: string },
  occurredAt: Date,
  now: Date,
): UsageRefusal | null {
  if (facts.planBlocked || facts.accountBlocked) return 'data_blocked';
  if (facts.accountStatus !== 'active') return 'account_inactive';
  if (!['active', 'exhausted', 'expired'].includes(facts.planStatus)) return 'plan_not_active';
  if (occurredAt > now) return 'occurred_in_future';
  return null;
}

/**
 * A usage record on an accepted plan: the ledger takes what the plan holds when the data was used,
 * the rest is overshoot (past the last MB, or used after the validity ended: never plan data, never
 * charged). Then a plan whose validity has ended is expired now, its data written off, not at the
 * job's next run. Returns what was charged, the ledger lines in order, and the plan after.
 */
export function applyUsage(
  plan: PlanBalances,
  record: { mb: number; occurredAt: Date },
  now: Date,
): { chargedMb: number; lines: LedgerLine[]; plan: PlanBalances } {
  const lines: LedgerLine[] = [];
  const withinValidity = plan.status !== 'expired' && (!plan.expiresAt || record.occurredAt < new Date(plan.expiresAt));
  const chargedMb = withinValidity ? Math.min(record.mb, plan.remainingMb) : 0;
  let after = plan;
  if (chargedMb > 0) {
    const moved = applyMovement(after, { kind: 'usage', deltaMb: -chargedMb });
    if ('refusal' in moved) throw new Error('usage: a charge within the balance is never refused');
    lines.push(moved.line);
    after = moved.plan;
  }
  if ((after.status === 'active' || after.status === 'exhausted') && after.expiresAt && new Date(after.expiresAt) <= now) {
    if (after.remainingMb > 0) {
      const moved = applyMovement(after, { kind: 'expiry', deltaMb: -after.remainingMb, note: 'End of validity' });
      if ('refusal' in moved) throw new Error('usage: a write-off of the balance is never refused');
      lines.push(moved.line);
      after = moved.plan;
    }
    after = { ...after, status: 'expired' };
  }
  return { chargedMb, lines, plan: after };
}
