import { Card, CardContent, Rating, Stack, Typography } from '@mui/material';
import { Link, useRecordContext, useTranslate } from 'react-admin';
import { useLocale } from '../../components/useLocale.ts';
import type { DsaNotice, NoticeSnapshot as Snapshot } from './noticeTypes.ts';

const SnapshotReview = ({ review }: { review: Snapshot['reviews'][number] }) => {
  const translate = useTranslate();
  const text = review.comment?.trim();
  return (
    <Stack spacing={0.5} sx={{ py: 1, borderTop: 1, borderColor: 'divider' }} data-testid={`snapshot-review-${review.id}`}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Link to={`/reviews/${review.id}/show`}>{translate('resources.dsa-notices.review_n', { id: review.id })}</Link>
        <Rating value={review.rating} readOnly size="small" aria-label={`${review.rating}/5`} />
        <Typography variant="caption" color="textSecondary">
          {translate(`enums.review_status.${review.status}`, { _: review.status })}
        </Typography>
      </Stack>
      <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', fontStyle: text ? undefined : 'italic' }}>
        {text || translate('resources.reviews.no_comment')}
      </Typography>
    </Stack>
  );
};

/** The content as it stood when the notice arrived (taken at receipt, immutable): what the notifier saw. */
export const NoticeSnapshot = () => {
  const notice = useRecordContext<DsaNotice>();
  const translate = useTranslate();
  const locale = useLocale();
  const snapshot = notice?.snapshot;
  if (!snapshot) return null;
  const taken = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(snapshot.takenAt));
  return (
    <Card variant="outlined" sx={{ mb: 2 }} data-testid="notice-snapshot">
      <CardContent>
        <Typography variant="h6">{translate('resources.dsa-notices.sections.snapshot')}</Typography>
        <Typography variant="caption" color="textSecondary" component="p" sx={{ mb: 1 }}>
          {translate('resources.dsa-notices.snapshot_taken', { at: taken })}
        </Typography>
        {snapshot.reviews.map((review) => (
          <SnapshotReview key={review.id} review={review} />
        ))}
        {snapshot.missingReviewIds.length > 0 && (
          <Typography variant="body2" color="warning.main" sx={{ mt: 1 }}>
            {translate('resources.dsa-notices.snapshot_missing', { ids: snapshot.missingReviewIds.map((id) => `#${id}`).join(', ') })}
          </Typography>
        )}
        {snapshot.reviews.length === 0 && snapshot.missingReviewIds.length === 0 && (
          <Typography variant="body2" color="textSecondary">
            {translate('resources.dsa-notices.snapshot_none')}
          </Typography>
        )}
      </CardContent>
    </Card>
  );
};
