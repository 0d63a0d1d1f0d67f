import { Box } from '@mui/material';
import { Show } from 'react-admin';
import { ComplaintDecision } from './ComplaintDecision.tsx';
import { ComplaintSummary } from './ComplaintSummary.tsx';
import { ComplaintText } from './ComplaintText.tsx';
import { ContestedDecision } from './ContestedDecision.tsx';
import { DsaComplaintShowActions } from './DsaComplaintShowActions.tsx';

/** A complaint (DSA Art. 20): who, what they say, the decision they contest, and how it was decided. */
export const DsaComplaintShow = () => (
  <Show actions={<DsaComplaintShowActions />}>
    <Box sx={{ p: 2 }}>
      <ComplaintSummary />
      <ComplaintText />
      <ContestedDecision />
      <ComplaintDecision />
    </Box>
  </Show>
);
