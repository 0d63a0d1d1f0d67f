import { Show, TopToolbar } from 'react-admin';
import { Box } from '@mui/material';
import { FixTransferButton } from './FixTransferButton.tsx';
import { TransferFixInfo } from './TransferFixInfo.tsx';
import { TransferSummary } from './TransferSummary.tsx';
import { TransferTimeline } from './TransferTimeline.tsx';
import { HistoryButton } from '../audit-log/AuditFields.tsx';

const TransferShowActions = () => (
  <TopToolbar>
    <FixTransferButton />
    <HistoryButton />
  </TopToolbar>
);

/** The transfer at a glance, what happened to it (timeline), and support's fix. */
export const TransferShow = () => (
  <Show actions={<TransferShowActions />}>
    <Box sx={{ p: 2 }}>
      <TransferSummary />
      <TransferFixInfo />
      <TransferTimeline />
    </Box>
  </Show>
);
