import type { COMPLAINANT_ROLES, DSA_COMPLAINT_STATUSES } from '../../../../server/domain/enums.ts';

/** An internal complaint (DSA Art. 20) as `GET /api/dsa-complaints/:id` answers it. */
export interface DsaComplaint {
  id: number;
  reference: string;
  /** The contested decision: a statement of reasons (author) and/or the notice it answered (notifier). */
  statementId: number | null;
  noticeId: number | null;
  complainantRole: (typeof COMPLAINANT_ROLES)[number];
  complainantName: string | null;
  complainantEmail: string;
  text: string;
  status: (typeof DSA_COMPLAINT_STATUSES)[number];
  receivedAt: string;
  informedAt: string | null;
  /** informedAt + 6 calendar months: complaints are accepted until then. */
  deadlineAt: string | null;
  acknowledgedAt: string | null;
  decidedAt: string | null;
  decidedByStaffId: number | null;
  decisionNote: string | null;
  outcomeStatementId: number | null;
  version: number;
}

export type ComplaintOutcome = 'upheld' | 'rejected';
