// Refund eligibility under the terms of sale (GCS §5.5, §6; docs/RULES.md "Refunds"), as a pure
// function of the facts of the order, its plan and the request. The same function gives the verdict
// when the customer asks and again inside the decision, on the facts as they are then.
import { parisDate } from '../calendar.ts';
import { requestedInTime } from './clocks.ts';
import type { VerdictRecord } from './verdictRecord.ts';

export { changedFacts, type VerdictRecord } from './verdictRecord.ts';

export type Eligibility = 'full' | 'partial' | 'not_eligible';
export type EligibilityReason =
  | 'not_installed'
  | 'installed_not_activated'
  | 'under_one_percent_used'
  | 'late_request'
  | 'data_used'
  | 'lost_or_stolen_device'
  | 'promo_order'
  | 'already_refunded';

export interface RefundFacts {
  order: { amountCents: number; refundedCents: number; orderedAt: Date };
  plan: {
    /** What the plan gave the customer (its size as the customer sees it). */
    dataTotalMb: number;
    /** Data the customer used. */
    dataUsedMb: number;
    /** Data the customer sent to someone else, net of what came back: consumed too (it cannot be refunded and kept). */
    dataSentMb: number;
    installedAt: Date | null;
    activatedAt: Date | null;
    refunded: boolean;
  };
  request: { requestedAt: Date; lostOrStolenDevice: boolean };
}

export interface EligibilityVerdict {
  eligibility: Eligibility;
  /** Every reason that applies, in the order of the terms. */
  reasons: EligibilityReason[];
  /** What finance may grant at most; 0 when not eligible (admins may still grant with a reason). */
  proposedAmountCents: number;
}

/** Used < 1 % of the data, computed in integers: used × 100 < total (strict, docs/MONEY.md). */
export const underOnePercent = (usedMb: number, totalMb: number): boolean => usedMb * 100 < totalMb;

/** What was paid × the unused share, rounded down to the cent. */
export const partialAmountCents = (amountCents: number, usedMb: number, totalMb: number): number =>
  totalMb <= 0 ? 0 : Math.floor((amountCents * Math.max(0, totalMb - usedMb)) / totalMb);

export function refundEligibility(f: RefundFacts): EligibilityVerdict {
  const refusals: EligibilityReason[] = [];
  const refundable = Math.max(0, f.order.amountCents - f.order.refundedCents);
  if (!requestedInTime(f.order.orderedAt, f.request.requestedAt)) refusals.push('late_request');
  if (f.request.lostOrStolenDevice) refusals.push('lost_or_stolen_device');
  // GCS §5.5 refunds "the amount of the Order": a discounted order up to what was paid; a free order has nothing to refund.
  if (f.order.amountCents === 0) refusals.push('promo_order');
  // A plan ended by an earlier refund, or an order refunded in full, has nothing left under the terms.
  else if (refundable === 0 || f.plan.refunded) refusals.push('already_refunded');

  const consumed = f.plan.dataUsedMb + f.plan.dataSentMb;
  let grant: { eligibility: Exclude<Eligibility, 'not_eligible'>; reason: EligibilityReason; amount: number } | null = null;
  if (!f.plan.installedAt) grant = { eligibility: 'full', reason: 'not_installed', amount: refundable };
  else if (!f.plan.activatedAt) grant = { eligibility: 'full', reason: 'installed_not_activated', amount: refundable };
  else if (underOnePercent(consumed, f.plan.dataTotalMb)) {
    grant = {
      eligibility: 'partial',
      reason: 'under_one_percent_used',
      amount: Math.min(refundable, partialAmountCents(f.order.amountCents, consumed, f.plan.dataTotalMb)),
    };
  } else refusals.push('data_used');

  if (refusals.length || !grant) return { eligibility: 'not_eligible', reasons: refusals, proposedAmountCents: 0 };
  return { eligibility: grant.eligibility, reasons: [grant.reason], proposedAmountCents: grant.amount };
}

const DAY = 86_400_000;
const dayNumber = (at: Date) => Date.parse(`${parisDate(at)}T00:00:00Z`) / DAY;

/** Assesses a request on these facts, and keeps the facts beside the verdict. */
export function assessRefund(f: RefundFacts, assessedAt: Date): VerdictRecord {
  return {
    assessedAt: assessedAt.toISOString(),
    facts: {
      daysSinceOrder: dayNumber(f.request.requestedAt) - dayNumber(f.order.orderedAt),
      installed: f.plan.installedAt !== null,
      activated: f.plan.activatedAt !== null,
      dataTotalMb: f.plan.dataTotalMb,
      dataUsedMb: f.plan.dataUsedMb,
      dataSentMb: f.plan.dataSentMb,
      amountPaidCents: f.order.amountCents,
      refundedCents: f.order.refundedCents,
      lostOrStolenDevice: f.request.lostOrStolenDevice,
    },
    verdict: refundEligibility(f),
  };
}
