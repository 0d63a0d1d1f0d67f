import { useGetList } from 'react-admin';
import type { RefundTab } from './refundTabs.ts';
import { countText } from '../../dataProvider.ts';

interface RefundTabCountProps {
  tab: RefundTab;
  /** The list's other filters: the count follows the search and filters shown. */
  filter: Record<string, unknown>;
}

/**
 * How many cases a tab holds: one row is fetched, the total comes from Content-Range.
 * useRefresh() invalidates it with the list, so the counts follow every decision.
 */
export const RefundTabCount = ({ tab, filter }: RefundTabCountProps) => {
  const counted = useGetList('refunds', {
    pagination: { page: 1, perPage: 1 },
    sort: { field: 'id', order: 'DESC' },
    filter: { ...filter, status: tab.status },
  });
  return <span data-testid={`refund-count-${tab.id}`}>{countText(counted)}</span>;
};
