import { holdsAny, isAdmin } from '../../../../server/domain/permissions.ts';
import { REFUND_MOVES, staffMoves, type RefundStaffMove } from '../../../../server/domain/refunds/refundStates.ts';
import type { Role } from '../../../../server/domain/enums.ts';
import type { Order, Refund, RefundApproval } from './refundTypes.ts';

export type RefundActionName = RefundStaffMove;

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

function approveBlockedBy(refund: Refund, facts: CaseFacts): string | null {
  if (facts.approvals === undefined || facts.order === undefined) return 'loading';
  if (facts.staffId !== undefined && facts.approvals.some((a) => a.staffId === facts.staffId)) return 'you_approved';
  if (refund.eligibility === 'not_eligible' && !isAdmin(facts.roles)) return 'admin_only';
  if (facts.order.amountCents - facts.order.refundedCents <= 0) return 'nothing_refundable';
  return null;
}

/**
 * The actions the case's status offers, each with why it cannot be done now (Saleor's habit: say
 * why rather than hide). Only hides UI: the API enforces the same table (server/domain/refunds/refundStates.ts).
 */
export function refundActionStates(refund: Refund, facts: CaseFacts): RefundActionState[] {
  return staffMoves(refund.status)
    .filter((name) => holdsAny(facts.roles, REFUND_MOVES[name].roles))
    .map((name) => ({
      name,
      blockedBy: name === 'approve' ? approveBlockedBy(refund, facts) : null,
    }));
}
