import { Box } from '@mui/material';
import { Show } from 'react-admin';
import { DsaNoticeShowActions } from './DsaNoticeShowActions.tsx';
import { NoticeClaimPanel } from './NoticeClaimPanel.tsx';
import { NoticeContent } from './NoticeContent.tsx';
import { NoticeDecision } from './NoticeDecision.tsx';
import { NoticeReferrals } from './NoticeReferrals.tsx';
import { NoticeSnapshot } from './NoticeSnapshot.tsx';
import { NoticeStatements } from './NoticeStatements.tsx';
import { NoticeSummary } from './NoticeSummary.tsx';

/**
 * A DSA notice as a moderator decides it: who holds it, the 72-hour clock, what the notifier said
 * (Art. 16(2)), the content as it was at receipt, then the decision, its statements of reasons
 * and any referral to law enforcement.
 */
export const DsaNoticeShow = () => (
  <Show actions={<DsaNoticeShowActions />}>
    <Box sx={{ p: 2 }}>
      <NoticeClaimPanel />
      <NoticeSummary />
      <NoticeContent />
      <NoticeSnapshot />
      <NoticeDecision />
      <NoticeStatements />
      <NoticeReferrals />
    </Box>
  </Show>
);
