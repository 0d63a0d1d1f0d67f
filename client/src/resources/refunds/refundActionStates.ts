import { holdsAny } from '../../../../server/domain/permissions.ts';
import type { Role } from '../../../../server/domain/enums.ts';
import type { Order, Refund, RefundApproval } from './refundTypes.ts';

export type RefundActionName = 'approve' | 'reject' | 'payout' | 'payout_failed';

export interface RefundActionState {
  name: RefundActionName;
  /** Why it cannot be done now (an i18n key under `resources.refunds.why_not`), or null. */
  blockedBy: string | null;
}

export interface CaseFacts {
  roles: readonly Role[];
  staffId: number | undefined;
  /** The case's approvals; undefined while the history loads. */
  approvals: RefundApproval[] | undefined;
  order: Pick<Order, 'amountCents' | 'refundedCents'> | undefined;
}

const ACTIONS_BY_STATUS: Record<Refund['status'], RefundActionName[]> = {
  requested: ['approve', 'reject'],
  awaiting_second_approval: ['approve', 'reject'],
  approved: ['payout', 'payout_failed'],
  failed: ['payout'],
  paid_out: ['payout_failed'],
  rejected: [],
  // The provider holds the payout: its answer or webhook settles it.
  payout_pending: [],
  closed: [],
};

function approveBlockedBy(refund: Refund, facts: CaseFacts): string | null {
  if (facts.approvals === undefined || facts.order === undefined) return 'loading';
  if (facts.staffId !== undefined && facts.approvals.some((a) => a.staffId === facts.staffId)) return 'you_approved';
  if (refund.eligibility === 'not_eligible' && !facts.roles.includes('admin')) return 'admin_only';
  if (facts.order.amountCents - facts.order.refundedCents <= 0) return 'nothing_refundable';
  return null;
}

/**
 * The actions the case's status offers, each with why it cannot be done now (Saleor's habit: say
 * why rather than hide). Only hides UI: the API enforces the same rules. Finance decides and pays.
 */
export function refundActionStates(refund: Refund, facts: CaseFacts): RefundActionState[] {
  if (!holdsAny(facts.roles, ['finance'])) return [];
  return ACTIONS_BY_STATUS[refund.status].map((name) => ({
    name,
    blockedBy: name === 'approve' ? approveBlockedBy(refund, facts) : null,
  }));
}
