import KeepIcon from '@mui/icons-material/CheckCircle';
import RemoveIcon from '@mui/icons-material/RemoveCircle';
import RestoreIcon from '@mui/icons-material/Restore';
import { useState, type ReactElement } from 'react';
import { Button, TopToolbar, useRecordContext } from 'react-admin';
import { KeepReviewDialog } from './KeepReviewDialog.tsx';
import { RemoveReviewDialog } from './RemoveReviewDialog.tsx';
import { reviewActions, type ReviewActionName } from './reviewActions.ts';
import { RestoreReviewDialog } from './RestoreReviewDialog.tsx';
import type { Review } from './reviewTypes.ts';
import { useModerator } from './useModerator.ts';
import { useOpenNotice } from './useOpenNotice.ts';

const ICONS: Record<ReviewActionName, ReactElement> = { keep: <KeepIcon />, remove: <RemoveIcon />, restore: <RestoreIcon /> };

/** Keep, Remove or Restore: only what the review's state allows, and only for moderators. */
export const ReviewShowActions = () => {
  const review = useRecordContext<Review>();
  const moderator = useModerator();
  const noticeId = useOpenNotice(review?.id, moderator && review?.status === 'published');
  const [open, setOpen] = useState<ReviewActionName | null>(null);
  const close = () => setOpen(null);
  if (!review || !moderator) return <TopToolbar />;
  return (
    <TopToolbar>
      {reviewActions(review).map((name) => (
        <Button
          key={name}
          label={`resources.reviews.actions.${name}`}
          onClick={() => setOpen(name)}
          variant={name === 'keep' ? 'contained' : 'outlined'}
          color={name === 'remove' ? 'error' : 'primary'}
          data-testid={`review-action-${name}`}
        >
          {ICONS[name]}
        </Button>
      ))}
      {open === 'keep' && <KeepReviewDialog review={review} noticeId={noticeId} onClose={close} />}
      {open === 'remove' && <RemoveReviewDialog review={review} noticeId={noticeId} onClose={close} />}
      {open === 'restore' && <RestoreReviewDialog review={review} onClose={close} />}
    </TopToolbar>
  );
};
