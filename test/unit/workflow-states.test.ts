import { describe, expect, it } from 'vitest';
import { COMPLAINT_WORKFLOW } from '../../server/domain/complaints/complaintStates.ts';
import { CUSTOMER_COMPLAINT_STATUSES, DSA_NOTICE_STATUSES, REVIEW_STATUSES, TRANSFER_STATUSES } from '../../server/domain/enums.ts';
import { NOTICE_WORKFLOW, OPEN_NOTICE_STATUSES, noticeMoveRefusal } from '../../server/domain/dsa/noticeStates.ts';
import { REFUND_WORKFLOW } from '../../server/domain/refunds/refundStates.ts';
import { REVIEW_WORKFLOW, moderatorMoves, reviewMoveRefusal } from '../../server/domain/reviews/reviewStates.ts';
import { OPEN_TRANSFER_STATUSES, TRANSFER_WORKFLOW, transferMoveRefusal } from '../../server/domain/transfers/transferStates.ts';
import { movableFrom, moveRefusal, type Workflow } from '../../server/domain/workflow.ts';

const WORKFLOWS: [string, Workflow<string, string>, readonly string[]][] = [
  ['transfers', TRANSFER_WORKFLOW, TRANSFER_STATUSES],
  ['DSA notices', NOTICE_WORKFLOW, DSA_NOTICE_STATUSES],
  ['reviews', REVIEW_WORKFLOW, REVIEW_STATUSES],
  ['refunds', REFUND_WORKFLOW as unknown as Workflow<string, string>, Object.keys(REFUND_WORKFLOW.states)],
  ['customer complaints', COMPLAINT_WORKFLOW as unknown as Workflow<string, string>, CUSTOMER_COMPLAINT_STATUSES],
];

describe('every workflow table', () => {
  it.each(WORKFLOWS)(
    '%s: describes each status of the vocabulary; every move exists, leaves from somewhere and ends in a status',
    (_, workflow, statuses) => {
      expect(Object.keys(workflow.states).sort()).toEqual([...statuses].sort());
      for (const state of Object.values(workflow.states)) for (const move of state.moves) expect(workflow.moves).toHaveProperty(move);
      for (const [move, def] of Object.entries(workflow.moves)) {
        expect(movableFrom(workflow, move).length, move).toBeGreaterThan(0);
        for (const to of def.to) expect(statuses).toContain(to);
      }
    },
  );

  it("a refusal names the state and the states the move leaves from, with the move's own code", () => {
    expect(moveRefusal(TRANSFER_WORKFLOW, 'reverse', 'redirected')).toEqual({
      code: 'transfer_already_fixed',
      message: 'This transfer is redirected: "reverse" applies only to a transfer that is pending or delivered',
    });
  });
});

describe('transfers (seed 000)', () => {
  it('a pending or delivered transfer can be fixed once; redirected and reversed are final', () => {
    expect(transferMoveRefusal('redirect', 'pending')).toBeNull();
    expect(transferMoveRefusal('reverse', 'delivered')).toBeNull();
    expect(transferMoveRefusal('redirect', 'reversed')).toMatchObject({ code: 'transfer_already_fixed' });
    expect(OPEN_TRANSFER_STATUSES).toEqual(['pending']);
  });
});

describe('DSA notices (Art. 16)', () => {
  it('a received or claimed notice is decided; a decided or closed one is not decided again', () => {
    expect(OPEN_NOTICE_STATUSES).toEqual(['received', 'in_review']);
    expect(noticeMoveRefusal('decide', 'in_review')).toBeNull();
    expect(noticeMoveRefusal('decide', 'decided')).toMatchObject({ code: 'already_decided' });
    expect(noticeMoveRefusal('release', 'received')).toMatchObject({ code: 'already_decided' });
  });
});

describe('reviews (GCU §8)', () => {
  it('a published review is kept (when reported) or removed; a removed one restored; an expired one nothing', () => {
    expect(moderatorMoves({ status: 'published', reportCount: 2 })).toEqual(['keep', 'remove']);
    expect(moderatorMoves({ status: 'published', reportCount: 0 })).toEqual(['remove']);
    expect(moderatorMoves({ status: 'removed', reportCount: 3 })).toEqual(['restore']);
    expect(moderatorMoves({ status: 'expired', reportCount: 0 })).toEqual([]);
    expect(reviewMoveRefusal('restore', 'published')).toMatchObject({ code: 'not_removed' });
    expect(reviewMoveRefusal('report', 'removed')).toMatchObject({ code: 'review_not_published' });
  });
});
