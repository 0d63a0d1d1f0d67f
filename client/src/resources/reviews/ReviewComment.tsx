import { Card, CardContent, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Review } from './reviewTypes.ts';

/** The comment in full, as the public sees it (or saw it): the thing being judged. */
export const ReviewComment = () => {
  const review = useRecordContext<Review>();
  const translate = useTranslate();
  if (!review) return null;
  const text = review.comment?.trim();
  return (
    <Card variant="outlined" sx={{ mb: 2 }}>
      <CardContent>
        <Typography variant="overline" color="textSecondary">
          {translate('resources.reviews.fields.comment')}
        </Typography>
        <Typography
          variant="body1"
          sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', fontStyle: text ? undefined : 'italic' }}
          data-testid="review-comment"
        >
          {text || translate(review.status === 'expired' ? 'resources.reviews.erased' : 'resources.reviews.no_comment')}
        </Typography>
      </CardContent>
    </Card>
  );
};
