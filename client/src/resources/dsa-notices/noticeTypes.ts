import type {
  DSA_AUTOMATED_DECISIONS,
  DSA_DECISION_GROUNDS,
  DSA_DECISIONS,
  DSA_NOTICE_STATUSES,
  SOR_EXEMPTIONS,
} from '../../../../server/domain/enums.ts';

export type NoticeStatus = (typeof DSA_NOTICE_STATUSES)[number];
export type NoticeDecision = (typeof DSA_DECISIONS)[number];
export type DecisionGround = (typeof DSA_DECISION_GROUNDS)[number];
export type AutomatedDecision = (typeof DSA_AUTOMATED_DECISIONS)[number];
/** The visibility restrictions the API accepts on a notice (it refuses DEMOTED: a review is shown or not). */
export type NoticeVisibility = 'DECISION_VISIBILITY_CONTENT_REMOVED' | 'DECISION_VISIBILITY_CONTENT_DISABLED';

/** The content a notice pointed at, as it stood when the notice arrived (the evidence of Art. 16). */
export interface NoticeSnapshot {
  takenAt: string;
  reviews: {
    id: number;
    accountId: number;
    rating: number;
    comment: string | null;
    status: string;
    publishedAt: string | null;
    contentUpdatedAt: string | null;
  }[];
  missingReviewIds: number[];
  urls: string[];
}

/** A DSA notice as `GET /api/dsa-notices/:id` answers it (docs/TRUST-SAFETY.md); the notifier's identity as the API masks it. */
export interface DsaNotice {
  id: number;
  reference: string;
  status: NoticeStatus;
  receivedAt: string;
  acknowledgedAt: string | null;
  /** receivedAt + 72 h: the decision target. */
  decisionDueAt: string;
  category: string;
  explanation: string;
  /** `review:<id>` or a web address. */
  locations: string[];
  reviewId: number | null;
  authorAccountId: number | null;
  notifierName: string | null;
  notifierEmail: string | null;
  goodFaith: boolean;
  threatToLife: boolean;
  trustedFlaggerId: number | null;
  language: string | null;
  lockedByStaffId: number | null;
  lockedAt: string | null;
  decision: NoticeDecision | null;
  decidedAt: string | null;
  decidedByStaffId: number | null;
  automatedDetection: boolean | null;
  automatedDecision: boolean | null;
  escalatedAt: string | null;
  /** 2 threat to life, 1 trusted flagger within its expertise, 0 others, −1 notifier suspended for misuse (Art. 23(2)). */
  priority: number;
  complete: boolean;
  legalGround: string | null;
  memberState: string | null;
  snapshot: NoticeSnapshot | null;
  notifierNotifiedAt: string | null;
  authorNotifiedAt: string | null;
  sorExemption: (typeof SOR_EXEMPTIONS)[number] | null;
  manifestlyUnfounded: boolean | null;
  decisionNote: string | null;
  version: number;
}

/** `POST /api/dsa-notices/:id/decide` answers the notice and the statements of reasons it issued (one per review restricted). */
export interface DecidedNotice extends DsaNotice {
  statements: { id: number; puid: string }[];
}
