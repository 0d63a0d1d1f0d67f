import { Typography } from '@mui/material';
import { useGetList, useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import type { Review } from './reviewTypes.ts';

const ORDER = ['open', 'upheld', 'dismissed'] as const;

/**
 * The review's reports by outcome ("0 open · 3 upheld"): `reportCount` holds the open ones only, so a
 * removed review would otherwise read "Reports 0" above the three reports that removed it.
 */
export const ReportTallyField = (_props: FieldProps) => {
  const review = useRecordContext<Review>();
  const translate = useTranslate();
  const { data } = useGetList<{ id: number; status: string }>(
    'review-reports',
    { filter: { reviewId: review?.id }, pagination: { page: 1, perPage: 100 }, sort: { field: 'id', order: 'ASC' } },
    { enabled: review?.id !== undefined },
  );
  if (!review) return null;
  const tally = new Map<string, number>();
  for (const report of data ?? []) tally.set(report.status, (tally.get(report.status) ?? 0) + 1);
  const parts = ORDER.filter((s) => s === 'open' || (tally.get(s) ?? 0) > 0).map((s) =>
    translate(`resources.reviews.tally.${s}`, { count: s === 'open' ? review.reportCount : (tally.get(s) ?? 0) }),
  );
  return (
    <Typography component="span" variant="body2" data-testid="report-tally">
      {parts.join(' · ')}
    </Typography>
  );
};
