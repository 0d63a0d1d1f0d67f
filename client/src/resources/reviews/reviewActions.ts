import { moderatorMoves } from '../../../../server/domain/reviews/reviewStates.ts';
import type { Review } from './reviewTypes.ts';

export type ReviewActionName = 'keep' | 'remove' | 'restore';

/**
 * What the review's state allows (docs/TRUST-SAFETY.md): keeping needs open reports on a published
 * review (else 409 `not_reported`), removing a published review, restoring a removed one. An expired
 * review is erased: nothing more can be done.
 */
export function reviewActions(review: Pick<Review, 'status' | 'reportCount'>): ReviewActionName[] {
  return moderatorMoves(review) as ReviewActionName[];
}
