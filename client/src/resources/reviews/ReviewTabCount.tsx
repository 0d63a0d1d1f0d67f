import { useGetList } from 'react-admin';
import type { ReviewTab } from './reviewTabs.ts';

/** How many reviews a tab holds with the list's other filters: one row fetched, the total from Content-Range. */
export const ReviewTabCount = ({ tab, filter }: { tab: ReviewTab; filter: Record<string, unknown> }) => {
  const { total, isPending } = useGetList('reviews', {
    pagination: { page: 1, perPage: 1 },
    sort: { field: 'id', order: 'DESC' },
    filter: { ...filter, ...tab.filter },
  });
  return <span data-testid={`review-count-${tab.id}`}>{isPending || total === undefined ? '…' : total}</span>;
};
