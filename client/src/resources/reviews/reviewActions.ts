import type { Review } from './reviewTypes.ts';

export type ReviewActionName = 'keep' | 'remove' | 'restore';

/**
 * What the review's state allows (docs/TRUST-SAFETY.md): keeping needs open reports on a published
 * review (else 409 `not_reported`), removing a published review, restoring a removed one. An expired
 * review is erased: nothing more can be done.
 */
export function reviewActions(review: Pick<Review, 'status' | 'reportCount'>): ReviewActionName[] {
  if (review.status === 'published') return review.reportCount > 0 ? ['keep', 'remove'] : ['remove'];
  if (review.status === 'removed') return ['restore'];
  return [];
}
