import { describe, expect, it } from 'vitest';
import { REFUND_STATUSES } from '../../server/domain/enums.ts';
import {
  GRANTED_REFUND_STATUSES,
  OPEN_REFUND_STATUSES,
  REFUND_MOVES,
  REFUND_STATES,
  UNDECIDED_REFUND_STATUSES,
  movableFrom,
  refundClock,
  refundMoveRefusal,
  staffMoves,
  type RefundMove,
} from '../../server/domain/refunds/refundStates.ts';

describe('the refund workflow table', () => {
  it('describes every status of the vocabulary, and nothing else', () => {
    expect(Object.keys(REFUND_STATES).sort()).toEqual([...REFUND_STATUSES].sort());
  });

  it('every move ends in a state of the table, and a state offers only moves that exist', () => {
    for (const [move, def] of Object.entries(REFUND_MOVES)) {
      for (const to of def.to) expect(REFUND_STATUSES).toContain(to);
      expect(movableFrom(move as RefundMove).length).toBeGreaterThan(0);
    }
    for (const state of Object.values(REFUND_STATES)) for (const move of state.moves) expect(REFUND_MOVES).toHaveProperty(move);
  });

  it('a case is decided from requested or awaiting a second approval, and only then', () => {
    expect(UNDECIDED_REFUND_STATUSES).toEqual(['requested', 'awaiting_second_approval']);
    expect(refundMoveRefusal('approve', 'requested')).toBeNull();
    expect(refundMoveRefusal('reject', 'awaiting_second_approval')).toBeNull();
    for (const done of ['approved', 'rejected', 'paid_out', 'failed', 'payout_pending', 'closed'] as const) {
      expect(refundMoveRefusal('approve', done)).toMatchObject({ code: 'refund_already_decided' });
      expect(refundMoveRefusal('reject', done)).toMatchObject({ code: 'refund_already_decided' });
    }
  });

  it('an approved or failed case is paid out; a rejected or paid-out one is not', () => {
    expect(movableFrom('payout')).toEqual(['approved', 'failed']);
    expect(refundMoveRefusal('payout', 'payout_pending')).toMatchObject({ code: 'refund_not_payable' });
    expect(refundMoveRefusal('payout', 'rejected')).toMatchObject({ code: 'refund_not_payable' });
    expect(refundMoveRefusal('payout', 'paid_out')).toMatchObject({ code: 'refund_not_payable' });
  });

  it('a payout may fail after it was approved or even paid out (the case reopens), never before', () => {
    expect(movableFrom('payout_failed')).toEqual(['approved', 'paid_out']);
    expect(refundMoveRefusal('payout_failed', 'requested')).toMatchObject({ code: 'refund_not_paying' });
  });

  it('open cases are those owed a decision or a payout; one clock runs at a time', () => {
    expect(OPEN_REFUND_STATUSES).toEqual(['requested', 'awaiting_second_approval', 'approved', 'failed', 'payout_pending']);
    expect([...GRANTED_REFUND_STATUSES].sort()).toEqual(['approved', 'failed', 'paid_out', 'payout_pending']);
    expect(refundClock('payout_pending')).toBe('payout');
    expect(refundClock('closed')).toBeNull();
    expect(refundClock('requested')).toBe('decision');
    expect(refundClock('failed')).toBe('payout');
    expect(refundClock('paid_out')).toBeNull();
  });

  it('finance makes every move of a person (an admin too); the provider settles a pending payout and a chargeback closes an unpaid case', () => {
    for (const move of ['approve', 'reject', 'payout', 'payout_failed'] as const) expect(REFUND_MOVES[move].roles).toEqual(['finance']);
    expect(REFUND_MOVES.provider_settles.roles).toEqual([]);
    expect(movableFrom('provider_settles')).toEqual(['payout_pending']);
    expect(staffMoves('payout_pending')).toEqual([]);
    expect(staffMoves('approved')).toEqual(['payout', 'payout_failed']);
    expect(movableFrom('close_for_dispute')).toEqual(['requested', 'awaiting_second_approval', 'approved', 'failed', 'payout_pending']);
  });
});
