import { parisDate } from '../../../server/domain/calendar.ts';
import type { ResourceName } from '../../../server/domain/permissions.ts';
import type { StatCardKey } from './statsTypes.ts';
import { OPEN_NOTICE_STATUSES } from '../../../server/domain/dsa/noticeStates.ts';
import { OPEN_COMPLAINT_STATUSES } from '../../../server/domain/complaints/complaintStates.ts';
import { UNDECIDED_REFUND_STATUSES } from '../../../server/domain/refunds/refundStates.ts';

export interface CardLink {
  resource: ResourceName;
  filter: Record<string, unknown>;
}

const HOUR = 3_600_000;

/**
 * The pre-filtered list behind each card (Posters Galore's dashboard cards): the same
 * definitions as the API's counts (GET /api/stats/cards), so the list shows what was counted.
 */
export function cardLink(key: StatCardKey, now: Date): CardLink {
  const today = parisDate(now);
  const nowIso = now.toISOString();
  switch (key) {
    case 'refundsDueToday':
      return { resource: 'refunds', filter: { status: UNDECIDED_REFUND_STATUSES, decisionDueAt_gte: today, decisionDueAt_lte: today } };
    case 'refundsOverdue':
      return { resource: 'refunds', filter: { status: UNDECIDED_REFUND_STATUSES, decisionDueAt_lt: nowIso } };
    case 'transfersAwaitingFix':
      return { resource: 'transfers', filter: { status: 'pending', createdAt_lt: new Date(now.getTime() - 24 * HOUR).toISOString() } };
    case 'reportedReviews':
      // The moderator's Reported tab: published with open reports (the same count).
      return { resource: 'reviews', filter: { reported: true } };
    case 'noticesOverSla':
      return { resource: 'dsa-notices', filter: { status: OPEN_NOTICE_STATUSES, decisionDueAt_lt: nowIso } };
    case 'conversationsNew':
      return { resource: 'conversations', filter: { status: 'new' } };
    case 'conversationsWaitingUs':
      return { resource: 'conversations', filter: { status: 'waiting_us' } };
    case 'conversationsLate':
      return { resource: 'conversations', filter: { status: 'new', firstResponseDueAt_lt: nowIso } };
    case 'activePlans':
      return { resource: 'plans', filter: { status: 'active' } };
    case 'unavailableCountries':
      return { resource: 'countries', filter: { available: false } };
    case 'complaintsAwaitingAnswer':
      return { resource: 'customer-complaints', filter: { status: OPEN_COMPLAINT_STATUSES } };
    case 'payoutDifferences':
      return { resource: 'payout-discrepancies', filter: { explained: false } };
    case 'messagesWaiting':
      return {
        resource: 'messages',
        filter: { status: ['queued', 'sending'], createdAt_lt: new Date(now.getTime() - 10 * 60_000).toISOString() },
      };
  }
}

/** react-admin's list URL with a filter: `/refunds?filter=<url-encoded JSON>` (under the hash router). */
export function listPath({ resource, filter }: CardLink): { pathname: string; search: string } {
  return { pathname: `/${resource}`, search: `?filter=${encodeURIComponent(JSON.stringify(filter))}` };
}
