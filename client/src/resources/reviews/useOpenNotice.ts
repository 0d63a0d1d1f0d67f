import { useGetList } from 'react-admin';
import type { ReviewReport } from './reviewTypes.ts';

/**
 * The DSA notice behind one of the review's open reports, if any: while it is undecided the API
 * refuses keep/remove/dismiss (409 `open_dsa_notice`), and the moderator decides the notice instead.
 */
export function useOpenNotice(reviewId: number | undefined, enabled: boolean): number | null {
  const { data } = useGetList<ReviewReport>(
    'review-reports',
    { pagination: { page: 1, perPage: 100 }, sort: { field: 'createdAt', order: 'DESC' }, filter: { reviewId, status: 'open' } },
    { enabled: enabled && reviewId !== undefined },
  );
  return data?.find((report) => report.noticeId != null)?.noticeId ?? null;
}
