import { Box } from '@mui/material';
import { Show } from 'react-admin';
import { ReviewComment } from './ReviewComment.tsx';
import { ReviewNoticeBanner } from './ReviewNoticeBanner.tsx';
import { ReviewRemoval } from './ReviewRemoval.tsx';
import { ReviewReports } from './ReviewReports.tsx';
import { ReviewShowActions } from './ReviewShowActions.tsx';
import { ReviewStatements } from './ReviewStatements.tsx';
import { ReviewSummary } from './ReviewSummary.tsx';
import { useModerator } from './useModerator.ts';

/**
 * A review as a moderator judges it: the comment, its facts and dates, the removal if any, every
 * report (and the DSA notice behind it) and the statements of reasons issued. Support reads the review only.
 */
export const ReviewShow = () => {
  const moderator = useModerator();
  return (
    <Show actions={<ReviewShowActions />}>
      <Box sx={{ p: 2 }}>
        <ReviewNoticeBanner />
        <ReviewComment />
        <ReviewSummary />
        <ReviewRemoval />
        {moderator && <ReviewReports />}
        {moderator && <ReviewStatements />}
      </Box>
    </Show>
  );
};
