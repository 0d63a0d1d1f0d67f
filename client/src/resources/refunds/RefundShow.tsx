import { Box, Grid } from '@mui/material';
import { Show } from 'react-admin';
import { RefundClocks } from './RefundClocks.tsx';
import { RefundFactsCard } from './RefundFactsCard.tsx';
import { RefundHistoryTimeline } from './RefundHistoryTimeline.tsx';
import { RefundNextStep } from './RefundNextStep.tsx';
import { RefundOrderCard } from './RefundOrderCard.tsx';
import { RefundPlanUsage } from './RefundPlanUsage.tsx';
import { RefundShowActions } from './RefundShowActions.tsx';
import { RefundSummary } from './RefundSummary.tsx';
import { RefundVerdict } from './RefundVerdict.tsx';

/** The case: where it stands, the terms' verdict and why, its facts when asked beside now or as decided, the order, the plan's usage, the legal clocks, its history. */
export const RefundShow = () => (
  <Show actions={<RefundShowActions />}>
    <Box sx={{ p: 2 }}>
      <RefundNextStep />
      <RefundSummary />
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 6 }}>
          <RefundVerdict />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <RefundClocks />
        </Grid>
        <Grid size={12}>
          <RefundFactsCard />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <RefundOrderCard />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <RefundPlanUsage />
        </Grid>
        <Grid size={12}>
          <RefundHistoryTimeline />
        </Grid>
      </Grid>
    </Box>
  </Show>
);
