// Refund eligibility under the terms of sale (GCS §5.5, §6; SPEC §2 "Refunds"), as a pure
// function of the order, its plan and eSIM, usage facts, the request and its time.
import { requestedInTime } from './clocks.ts';

export type Eligibility = 'full' | 'partial' | 'not_eligible';
export type EligibilityReason =
  | 'not_installed' | 'installed_not_activated' | 'under_one_percent_used'
  | 'late_request' | 'data_used' | 'lost_or_stolen_device' | 'promo_order' | 'already_refunded';

export interface RefundFacts {
  order: { amountCents: number; refundedCents: number; orderedAt: Date; promoCodeId: number | null };
  plan: { origin: string; dataTotalMb: number; dataUsedMb: number; installedAt: Date | null; activatedAt: Date | null; refunded: boolean };
  request: { requestedAt: Date; lostOrStolenDevice: boolean };
}

export interface EligibilityVerdict {
  eligibility: Eligibility;
  /** Every reason that applies, in the order of the terms. */
  reasons: EligibilityReason[];
  /** What finance may grant at most; 0 when not eligible (admins may still grant with a reason). */
  proposedAmountCents: number;
}

/** Used < 1 % of the data, computed in integers: used × 100 < total (strict, MONEY.md). */
export const underOnePercent = (usedMb: number, totalMb: number): boolean => usedMb * 100 < totalMb;

/** Price × unused share, rounded down to the cent. */
export const partialAmountCents = (amountCents: number, usedMb: number, totalMb: number): number =>
  totalMb <= 0 ? 0 : Math.floor((amountCents * (totalMb - usedMb)) / totalMb);

export function refundEligibility(f: RefundFacts): EligibilityVerdict {
  const refusals: EligibilityReason[] = [];
  const refundable = Math.max(0, f.order.amountCents - f.order.refundedCents);
  if (!requestedInTime(f.order.orderedAt, f.request.requestedAt)) refusals.push('late_request');
  if (f.request.lostOrStolenDevice) refusals.push('lost_or_stolen_device');
  if (f.order.amountCents === 0 || f.order.promoCodeId !== null || f.plan.origin !== 'paid') refusals.push('promo_order');
  // A plan ended by an earlier refund, or an order refunded in full, has nothing left under the terms.
  if ((refundable === 0 && f.order.amountCents > 0) || f.plan.refunded) refusals.push('already_refunded');

  let grant: { eligibility: Exclude<Eligibility, 'not_eligible'>; reason: EligibilityReason; amount: number } | null = null;
  if (!f.plan.installedAt) grant = { eligibility: 'full', reason: 'not_installed', amount: refundable };
  else if (!f.plan.activatedAt) grant = { eligibility: 'full', reason: 'installed_not_activated', amount: refundable };
  else if (underOnePercent(f.plan.dataUsedMb, f.plan.dataTotalMb)) {
    grant = { eligibility: 'partial', reason: 'under_one_percent_used', amount: Math.min(refundable, partialAmountCents(f.order.amountCents, f.plan.dataUsedMb, f.plan.dataTotalMb)) };
  } else refusals.push('data_used');

  if (refusals.length || !grant) return { eligibility: 'not_eligible', reasons: refusals, proposedAmountCents: 0 };
  return { eligibility: grant.eligibility, reasons: [grant.reason], proposedAmountCents: grant.amount };
}
