import type { ReviewReportsRecord, ReviewsRecord } from '../../records.generated.ts';
import type { REVIEW_REMOVAL_GROUNDS, REVIEW_REPORT_REASONS, REVIEW_STATUSES } from '../../../../server/domain/enums.ts';

export type ReviewStatus = (typeof REVIEW_STATUSES)[number];
export type RemovalGround = (typeof REVIEW_REMOVAL_GROUNDS)[number];

/** A review as `GET /api/reviews/:id` answers it (client/src/records.generated.ts; docs/TRUST-SAFETY.md). `publishedLate`:
 * published more than a month after its collection (GCU §8), flagged in the queue; `reportCount` and `severity` sum the open reports. */
export type Review = ReviewsRecord;

/** `POST /api/reviews/:id/remove` answers the review and the statement of reasons it issued. */
export interface RemovedReview extends Review {
  statementId: number;
  statementPuid?: string;
}

/** A report on a review; `noticeId` is set when a DSA notice raised it (that notice's decision settles the review). */
export interface ReviewReport extends Omit<ReviewReportsRecord, 'reason'> {
  reason: (typeof REVIEW_REPORT_REASONS)[number];
}

/** Why `reviews/dismiss-reports` left a review as it was. */
export type DismissSkipCode = 'not_found' | 'not_published' | 'open_dsa_notice' | 'not_reported';

export interface DismissOutcome {
  dismissed: number[];
  skipped: { id: number; code: DismissSkipCode | string }[];
}
