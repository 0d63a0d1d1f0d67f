import type { SortPayload } from 'react-admin';
import { DSA_NOTICE_STATUSES } from '../../../../server/domain/enums.ts';

/**
 * One tab per status. Undecided notices in queue order: `priority` first (threat to life, trusted
 * flaggers), the API then breaks ties by the nearest `decisionDueAt` (docs/TRUST-SAFETY.md). Decided
 * ones, the latest decision first.
 */
export const QUEUE_SORT: SortPayload = { field: 'priority', order: 'DESC' };
export const NOTICE_TAB_SORTS: Record<(typeof DSA_NOTICE_STATUSES)[number], SortPayload> = {
  received: QUEUE_SORT,
  in_review: QUEUE_SORT,
  decided: { field: 'decidedAt', order: 'DESC' },
  closed: { field: 'decidedAt', order: 'DESC' },
};
export const NOTICE_STATUSES = DSA_NOTICE_STATUSES;
