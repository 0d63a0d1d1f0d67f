// The refund workflow as one table: its states, what each state is (open or closed, which clock runs),
// the moves out of it and who may make them. Services, stats, the dashboard and the console read it;
// the migrations keep a literal copy of the states, which the migration test compares with this.
import type { REFUND_STATUSES } from '../enums.ts';
import { defineWorkflow, moveRefusal, movableFrom as movesFrom, statusesWhere, type WorkflowState } from '../workflow.ts';

export type RefundStatus = (typeof REFUND_STATUSES)[number];
/** The moves a staff member makes on a case (`POST /api/refunds/:id/<move>`). */
export type RefundStaffMove = 'approve' | 'reject' | 'payout' | 'payout_failed';
/** The moves of the provider (its answer or webhook) and of a chargeback, which no person makes. */
export type RefundSystemMove = 'provider_settles' | 'close_for_dispute';
export type RefundMove = RefundStaffMove | RefundSystemMove;
/** Which legal clock runs in a state: the decision (5 working days), the payout (30 days), or none. */
export type RefundClock = 'decision' | 'payout' | null;

export interface RefundState extends WorkflowState<RefundMove> {
  clock: RefundClock;
  /** Decided in the customer's favour: the money is owed, being paid, or paid. */
  granted: boolean;
}

export const REFUND_WORKFLOW = defineWorkflow<RefundStatus, RefundMove, RefundState>({
  noun: 'refund',
  states: {
    requested: { open: true, granted: false, clock: 'decision', moves: ['approve', 'reject', 'close_for_dispute'] },
    awaiting_second_approval: { open: true, granted: false, clock: 'decision', moves: ['approve', 'reject', 'close_for_dispute'] },
    approved: { open: true, granted: true, clock: 'payout', moves: ['payout', 'payout_failed', 'close_for_dispute'] },
    failed: { open: true, granted: true, clock: 'payout', moves: ['payout', 'close_for_dispute'] },
    // The provider holds the payout (intent recorded or sent): its answer or webhook settles it.
    payout_pending: { open: true, granted: true, clock: 'payout', moves: ['provider_settles', 'close_for_dispute'] },
    // The provider may still report a paid-out refund as failed (it reopens, still owed).
    paid_out: { open: false, granted: true, clock: null, moves: ['payout_failed'] },
    rejected: { open: false, granted: false, clock: null, moves: [] },
    // Ended without a payout: the customer disputed the payment with their bank (a chargeback).
    closed: { open: false, granted: false, clock: null, moves: [] },
  },
  moves: {
    // Above the four-eyes threshold the first approval waits for a second approver.
    approve: { to: ['awaiting_second_approval', 'approved'], roles: ['finance'], wrongState: 'refund_already_decided' },
    reject: { to: ['rejected'], roles: ['finance'], wrongState: 'refund_already_decided' },
    // With a remote provider (Stripe) paying is a payout intent: payout_pending until the provider settles it.
    payout: { to: ['paid_out', 'failed', 'payout_pending'], roles: ['finance'], wrongState: 'refund_not_payable' },
    payout_failed: { to: ['failed'], roles: ['finance'], wrongState: 'refund_not_paying' },
    // The provider's answer or webhook, whichever comes first (the system, not a person).
    provider_settles: { to: ['paid_out', 'failed'], roles: [], wrongState: 'refund_not_pending' },
    // A chargeback closes a case whose money has not left (a payout the provider holds stays: it is in flight).
    close_for_dispute: { to: ['closed'], roles: [], wrongState: 'refund_not_open' },
  },
});

export const REFUND_STATES = REFUND_WORKFLOW.states;
export const REFUND_MOVES = REFUND_WORKFLOW.moves;

/** Cases still owed a decision or a payout (one open case per order). */
export const OPEN_REFUND_STATUSES = statusesWhere(REFUND_STATES, (s) => s.open);
/** Cases waiting for finance's decision (the decision clock runs). */
export const UNDECIDED_REFUND_STATUSES = statusesWhere(REFUND_STATES, (s) => s.clock === 'decision');
/** Cases decided in the customer's favour: the money is granted (owed, paid, or being paid again). */
export const GRANTED_REFUND_STATUSES = statusesWhere(REFUND_STATES, (s) => s.granted);

/** The states a move leaves from. */
export function movableFrom(move: RefundMove): RefundStatus[] {
  return movesFrom(REFUND_WORKFLOW, move);
}

/** Why `move` cannot be made on a case in `status` (the refusal code and the words), or null. */
export function refundMoveRefusal(move: RefundMove, status: RefundStatus): { code: string; message: string } | null {
  return moveRefusal(REFUND_WORKFLOW, move, status);
}

/** The moves staff make from a state (not those the provider or a chargeback make). */
export function staffMoves(status: RefundStatus): RefundStaffMove[] {
  return REFUND_STATES[status].moves.filter((move): move is RefundStaffMove => REFUND_MOVES[move].roles.length > 0);
}

/** Which clock runs for a case now (none once it is closed). */
export function refundClock(status: RefundStatus): RefundClock {
  return REFUND_STATES[status].clock;
}
