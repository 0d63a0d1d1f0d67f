import { useGetList } from 'react-admin';
import type { ReviewTab } from './reviewTabs.ts';
import { countText } from '../../dataProvider.ts';

/** How many reviews a tab holds with the list's other filters: one row fetched, the total from Content-Range. */
export const ReviewTabCount = ({ tab, filter }: { tab: ReviewTab; filter: Record<string, unknown> }) => {
  const counted = useGetList('reviews', {
    pagination: { page: 1, perPage: 1 },
    sort: { field: 'id', order: 'DESC' },
    filter: { ...filter, ...tab.filter },
  });
  return <span data-testid={`review-count-${tab.id}`}>{countText(counted)}</span>;
};
