import type { Validator } from 'react-admin';
import type { Order, Refund, RefundApproval } from './refundTypes.ts';
import { refundableCents } from './useRefundCase.ts';

export interface ApproveTerms {
  /** The most this approval may grant: the terms' proposal (never above what remains refundable), or what remains for an admin outside the terms. */
  capCents: number;
  /** What the form starts with. */
  prefillCents: number;
  /** A second approval (four eyes) confirms the first approver's amount, unchanged. */
  second: RefundApproval | null;
  outsidePolicy: boolean;
}

/** The caps the API applies (amount_above_proposal, amount_exceeds_refundable), mirrored for the form. */
export function approveTerms(refund: Refund, order: Order, approvals: RefundApproval[]): ApproveTerms {
  const refundable = refundableCents(order);
  const outsidePolicy = refund.eligibility === 'not_eligible';
  const capCents = outsidePolicy ? refundable : Math.min(refund.proposedAmountCents, refundable);
  const second = refund.status === 'awaiting_second_approval' ? approvals[0] ?? null : null;
  const prefillCents = second ? second.amountCents : capCents;
  return { capCents, prefillCents, second, outsidePolicy };
}

/** Integer cents between 1 and the cap (EuroInput already refused text that is not an amount). */
export const withinCap = (capCents: number, capText: string): Validator => (value: unknown) => {
  if (typeof value !== 'number' || Number.isNaN(value)) return undefined;
  if (value < 1) return 'resources.refunds.approve.not_positive';
  return value > capCents ? { message: 'resources.refunds.approve.above_cap', args: { cap: capText } } : undefined;
};

/** Approving outside the terms needs a written reason of 10 characters at least (the API's reason_required). */
export const reasonForOutsidePolicy: Validator = (value: unknown) =>
  typeof value === 'string' && value.trim().length >= 10 ? undefined : 'resources.refunds.approve.note_required';
