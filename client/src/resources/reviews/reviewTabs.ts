import type { SortPayload } from 'react-admin';

export type ReviewTabId = 'reported' | 'published' | 'removed' | 'expired';

export interface ReviewTab {
  id: ReviewTabId;
  /** The list's filter for this tab: the queue is `reported: true` (published with open reports), the others a status. */
  filter: { reported: true } | { status: 'published' | 'removed' | 'expired' };
  sort: SortPayload;
}

/**
 * The moderator's queues. "Reported" puts the most severe first; the API breaks ties by report count,
 * then by the oldest report (docs/TRUST-SAFETY.md "Moderation queue").
 */
export const REVIEW_TABS: readonly ReviewTab[] = [
  { id: 'reported', filter: { reported: true }, sort: { field: 'severity', order: 'DESC' } },
  { id: 'published', filter: { status: 'published' }, sort: { field: 'publishedAt', order: 'DESC' } },
  { id: 'removed', filter: { status: 'removed' }, sort: { field: 'removedAt', order: 'DESC' } },
  { id: 'expired', filter: { status: 'expired' }, sort: { field: 'deleteAfter', order: 'DESC' } },
];

export const DEFAULT_REVIEW_TAB = REVIEW_TABS[0]!;

/** The list's filters without those a tab sets, so that a tab's count follows the search and the other filters. */
export function withoutTabFilter(filterValues: Record<string, unknown>): Record<string, unknown> {
  const { reported: _reported, status: _status, ...others } = filterValues;
  return others;
}

/** The tab the list's filters select (none when its status was set otherwise, e.g. by a link). */
export function tabOfFilter(filterValues: Record<string, unknown>): ReviewTab | undefined {
  if (filterValues.reported === true || filterValues.reported === 'true') return REVIEW_TABS[0];
  return REVIEW_TABS.find((tab) => 'status' in tab.filter && tab.filter.status === filterValues.status);
}
