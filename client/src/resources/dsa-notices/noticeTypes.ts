import type { DsaNoticesRecord } from '../../records.generated.ts';
import type { DSA_AUTOMATED_DECISIONS, DSA_DECISION_GROUNDS, DSA_DECISIONS, SOR_EXEMPTIONS } from '../../../../server/domain/enums.ts';

export type NoticeStatus = DsaNoticesRecord['status'];
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

/** A DSA notice as `GET /api/dsa-notices/:id` answers it (client/src/records.generated.ts; docs/TRUST-SAFETY.md); the
 * notifier's identity as the API masks it. `decisionDueAt` is receivedAt + 72 h; `priority` 2 threat to life, 1 trusted flagger
 * within its expertise, 0 others, −1 notifier suspended for misuse (Art. 23(2)). */
export interface DsaNotice extends Omit<DsaNoticesRecord, 'locations' | 'snapshot' | 'sorExemption'> {
  /** `review:<id>` or a web address. */
  locations: string[];
  snapshot: NoticeSnapshot | null;
  sorExemption: (typeof SOR_EXEMPTIONS)[number] | null;
}

/** `POST /api/dsa-notices/:id/decide` answers the notice and the statements of reasons it issued (one per review restricted). */
export interface DecidedNotice extends DsaNotice {
  statements: { id: number; puid: string }[];
}
