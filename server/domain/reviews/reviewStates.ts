// The review workflow as one table (GCU §8): a published review is kept (its reports dismissed) or
// removed on a ground; a removed one may be restored; an expired one is erased and nothing more is done.
import type { REVIEW_STATUSES } from '../enums.ts';
import { defineWorkflow, moveRefusal } from '../workflow.ts';

export type ReviewStatus = (typeof REVIEW_STATUSES)[number];
export type ReviewMove = 'keep' | 'remove' | 'restore' | 'report' | 'edit';

export const REVIEW_WORKFLOW = defineWorkflow<ReviewStatus, ReviewMove, { open: boolean; moves: readonly ReviewMove[] }>({
  noun: 'review',
  states: {
    published: { open: true, moves: ['keep', 'remove', 'report', 'edit'] },
    removed: { open: false, moves: ['restore'] },
    expired: { open: false, moves: [] },
  },
  moves: {
    keep: { to: ['published'], roles: ['moderator'], wrongState: 'not_published' },
    remove: { to: ['removed'], roles: ['moderator'], wrongState: 'not_published' },
    restore: { to: ['published'], roles: ['moderator'], wrongState: 'not_removed' },
    // The customer's app (integration API) reports and edits.
    report: { to: ['published'], roles: [], wrongState: 'review_not_published' },
    edit: { to: ['published'], roles: [], wrongState: 'review_not_published' },
  },
});

export function reviewMoveRefusal(move: ReviewMove, status: ReviewStatus): { code: string; message: string } | null {
  return moveRefusal(REVIEW_WORKFLOW, move, status);
}

/** The moderator's moves a review's state offers; keeping needs an open report to dismiss. */
export function moderatorMoves(review: { status: ReviewStatus; reportCount: number }): ReviewMove[] {
  return REVIEW_WORKFLOW.states[review.status].moves.filter(
    (m) => REVIEW_WORKFLOW.moves[m].roles.length > 0 && (m !== 'keep' || review.reportCount > 0),
  );
}
