import { Alert, Button } from '@mui/material';
import { Link, useRecordContext, useTranslate } from 'react-admin';
import type { Review } from './reviewTypes.ts';
import { useModerator } from './useModerator.ts';
import { useOpenNotice } from './useOpenNotice.ts';

/** A DSA notice concerns the review: its decision settles it (Art. 16(5)), so say so before anyone tries keep or remove. */
export const ReviewNoticeBanner = () => {
  const review = useRecordContext<Review>();
  const translate = useTranslate();
  const moderator = useModerator();
  const noticeId = useOpenNotice(review?.id, moderator && review?.status === 'published');
  if (noticeId == null) return null;
  return (
    <Alert
      severity="info"
      sx={{ mb: 2 }}
      data-testid="review-notice-banner"
      action={
        <Button component={Link} to={`/dsa-notices/${noticeId}/show`} size="small">
          {translate('resources.reviews.errors.open_notice_link', { id: noticeId })}
        </Button>
      }
    >
      {translate('resources.reviews.notice_banner')}
    </Alert>
  );
};
