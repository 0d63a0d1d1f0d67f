import type { Validator } from 'react-admin';
import type { EligibilityVerdict } from '../../../../server/domain/refunds/eligibility.ts';
import type { Order, RefundApproval, RefundStatus } from './refundTypes.ts';
import { refundableCents } from './useRefundCase.ts';

/** What caps the amount, as the helper text says it. */
export type CapReason = 'proposal' | 'refundable' | 'first_approval';

export interface ApproveTerms {
  /** The most this approval may grant (the API's amount_above_proposal, amount_exceeds_refundable, amount_above_first_approval). */
  capCents: number;
  capBy: CapReason;
  /** What the form starts with. */
  prefillCents: number;
  /** A second approval (four eyes) confirms the first approver's amount, or less. */
  second: RefundApproval | null;
  /** Not eligible under the terms as things stand now. */
  outsidePolicy: boolean;
  /** Outside the terms now, and the staff member is not an admin: only an admin may approve it. */
  adminOnly: boolean;
}

/**
 * The caps the API applies at the decision, on the verdict as it stands now (docs/RULES.md "Refunds"): the
 * terms' proposal, never above what remains refundable; outside the terms, what remains, for an
 * admin only; a second approver confirms the first amount or a lower one, never more.
 */
export function approveTerms(
  now: EligibilityVerdict,
  order: Pick<Order, 'amountCents' | 'refundedCents'>,
  status: RefundStatus,
  approvals: RefundApproval[],
  isAdmin: boolean,
): ApproveTerms {
  const refundable = refundableCents(order);
  const outsidePolicy = now.eligibility === 'not_eligible';
  let capCents = outsidePolicy ? refundable : Math.min(now.proposedAmountCents, refundable);
  let capBy: CapReason = outsidePolicy ? 'refundable' : 'proposal';
  const second = status === 'awaiting_second_approval' ? (approvals[0] ?? null) : null;
  if (second && second.amountCents <= capCents) {
    capCents = second.amountCents;
    capBy = 'first_approval';
  }
  return { capCents, capBy, prefillCents: capCents, second, outsidePolicy, adminOnly: outsidePolicy && !isAdmin };
}

/** Integer cents between 1 and the cap (EuroInput already refused text that is not an amount). */
export const withinCap =
  (capCents: number, capText: string): Validator =>
  (value: unknown) => {
    if (typeof value !== 'number' || Number.isNaN(value)) return undefined;
    if (value < 1) return 'resources.refunds.approve.not_positive';
    return value > capCents ? { message: 'resources.refunds.approve.above_cap', args: { cap: capText } } : undefined;
  };

/** Approving outside the terms needs a written reason of 10 characters at least (the API's reason_required). */
export const reasonForOutsidePolicy: Validator = (value: unknown) =>
  typeof value === 'string' && value.trim().length >= 10 ? undefined : 'resources.refunds.approve.note_required';
