import { changedFacts } from '../../../../server/domain/refunds/verdictRecord.ts';
import type { VerdictFacts, VerdictRecord } from './refundTypes.ts';

/** One line of the "when asked → now" comparison: a fact of the verdict, or the verdict itself. */
export type VerdictRowKey =
  | 'eligibility'
  | 'proposed'
  | 'reasons'
  | 'daysSinceOrder'
  | 'installed'
  | 'activated'
  | 'dataUsedMb'
  | 'dataSentMb'
  | 'consumedShare'
  | 'amountPaidCents'
  | 'refundedCents'
  | 'lostOrStolenDevice';

export interface VerdictRow {
  key: VerdictRowKey;
  changed: boolean;
}

const FACT_ROWS: (keyof VerdictFacts & VerdictRowKey)[] = [
  'daysSinceOrder',
  'installed',
  'activated',
  'dataUsedMb',
  'dataSentMb',
  'amountPaidCents',
  'refundedCents',
  'lostOrStolenDevice',
];

/** Data the terms count as consumed (used, or sent to someone else), in percent of what the plan gave. */
export const consumedShare = (f: VerdictFacts): number => (f.dataTotalMb > 0 ? ((f.dataUsedMb + f.dataSentMb) * 100) / f.dataTotalMb : 0);

const sameReasons = (a: VerdictRecord, b: VerdictRecord) => a.verdict.reasons.join() === b.verdict.reasons.join();

/** Did the verdict itself change (eligibility, what the terms allow, or why)? */
export function verdictChanged(before: VerdictRecord | null, after: VerdictRecord): boolean {
  return (
    before !== null &&
    (before.verdict.eligibility !== after.verdict.eligibility ||
      before.verdict.proposedAmountCents !== after.verdict.proposedAmountCents ||
      !sameReasons(before, after))
  );
}

/**
 * The comparison's lines, verdict first, then the facts it rests on (docs/RULES.md "Refunds": the facts are
 * stored with the request and re-assessed at the decision), each marked when it changed in between.
 */
export function verdictRows(before: VerdictRecord | null, after: VerdictRecord): VerdictRow[] {
  const changed = new Set<VerdictRowKey>(before ? (changedFacts(before.facts, after.facts) as VerdictRowKey[]) : []);
  if (before) {
    if (before.verdict.eligibility !== after.verdict.eligibility) changed.add('eligibility');
    if (before.verdict.proposedAmountCents !== after.verdict.proposedAmountCents) changed.add('proposed');
    if (!sameReasons(before, after)) changed.add('reasons');
    if (consumedShare(before.facts) !== consumedShare(after.facts)) changed.add('consumedShare');
  }
  const keys: VerdictRowKey[] = ['eligibility', 'proposed', 'reasons', ...FACT_ROWS.slice(0, 5), 'consumedShare', ...FACT_ROWS.slice(5)];
  return keys.map((key) => ({ key, changed: changed.has(key) }));
}
