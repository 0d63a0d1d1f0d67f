// The facts a refund verdict rests on, as stored with the request and with the decision (docs/PRODUCT.md
// "Refunds"), and what changed between two of them. Types only from eligibility.ts: the console reads this file without the calendars.
import type { EligibilityVerdict } from './eligibility.ts';

/** The facts a verdict rests on, as stored with the request and again with the decision (docs/RULES.md "Refunds"). */
export interface VerdictRecord {
  assessedAt: string;
  facts: {
    /** Paris calendar days from the order to the request. */
    daysSinceOrder: number;
    installed: boolean;
    activated: boolean;
    dataTotalMb: number;
    dataUsedMb: number;
    dataSentMb: number;
    amountPaidCents: number;
    refundedCents: number;
    lostOrStolenDevice: boolean;
  };
  verdict: EligibilityVerdict;
}

/** The facts that changed between two assessments: what the decision dialog shows as "then → now". */
export function changedFacts(then: VerdictRecord['facts'], now: VerdictRecord['facts']): (keyof VerdictRecord['facts'])[] {
  return (Object.keys(now) as (keyof VerdictRecord['facts'])[]).filter((k) => then[k] !== now[k]);
}
