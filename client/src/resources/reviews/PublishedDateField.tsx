import { Typography } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { PublishedLateChip } from './PublishedLateChip.tsx';
import type { Review } from './reviewTypes.ts';

/** When the review was published (flagged when later than a month after its collection), and "updated …" below when its author changed it since. */
export const PublishedDateField = (props: FieldProps<Review>) => {
  const translate = useTranslate();
  const review = useRecordContext<Review>(props);
  if (!review) return null;
  return (
    <>
      <DateTimeField source="publishedAt" />
      {review.publishedLate && (
        <div>
          <PublishedLateChip reviewId={review.id} />
        </div>
      )}
      {review.contentUpdatedAt && (
        <Typography variant="caption" component="div" color="textSecondary" data-testid="review-updated">
          {translate('resources.reviews.updated')} <DateTimeField source="contentUpdatedAt" variant="caption" />
        </Typography>
      )}
    </>
  );
};
