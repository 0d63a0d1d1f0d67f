import type {
  REVIEW_REMOVAL_GROUNDS,
  REVIEW_REPORT_REASONS,
  REVIEW_REPORT_STATUSES,
  REVIEW_STATUSES,
} from '../../../../server/domain/enums.ts';

export type ReviewStatus = (typeof REVIEW_STATUSES)[number];
export type RemovalGround = (typeof REVIEW_REMOVAL_GROUNDS)[number];

/** A review as `GET /api/reviews/:id` answers it (docs/TRUST-SAFETY.md). */
export interface Review {
  id: number;
  accountId: number;
  orderId: number | null;
  rating: number;
  comment: string | null;
  status: ReviewStatus;
  collectedAt: string;
  publishedAt: string;
  /** Published more than a month after its collection (GCU §8): flagged in the queue. */
  publishedLate: boolean;
  contentUpdatedAt: string | null;
  deleteAfter: string;
  /** Open reports, and the highest severity among them (0 when none). */
  reportCount: number;
  severity: number;
  lastReportedAt: string | null;
  removalGround: RemovalGround | null;
  removalNote: string | null;
  removedAt: string | null;
  removedByStaffId: number | null;
  version: number;
}

/** `POST /api/reviews/:id/remove` answers the review and the statement of reasons it issued. */
export interface RemovedReview extends Review {
  statementId: number;
  statementPuid?: string;
}

export interface ReviewReport {
  id: number;
  reviewId: number;
  reporterAccountId: number | null;
  reporterEmail: string | null;
  reason: (typeof REVIEW_REPORT_REASONS)[number];
  note: string | null;
  severity: number;
  status: (typeof REVIEW_REPORT_STATUSES)[number];
  /** Set when the report was raised by a DSA notice: that notice's decision settles the review. */
  noticeId: number | null;
  createdAt: string;
}

/** Why `reviews/dismiss-reports` left a review as it was. */
export type DismissSkipCode = 'not_found' | 'not_published' | 'open_dsa_notice' | 'not_reported';

export interface DismissOutcome {
  dismissed: number[];
  skipped: { id: number; code: DismissSkipCode | string }[];
}
