import { Box, LinearProgress, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useDataText } from '../../components/useDataText.ts';
import { GiftedShareText } from './GiftedShareText.tsx';

interface PlanData {
  id: number;
  dataTotalMb: number | null;
  dataRemainingMb: number;
  /** The gifted part of what is left. */
  dataGiftedMb?: number;
  unlimited: boolean;
}

/** The data left on a plan, as text and as a bar of the share left, and its gifted part; an unlimited plan says so, without a bar. */
export const PlanRemainingBar = ({ plan }: { plan: PlanData }) => {
  const translate = useTranslate();
  const data = useDataText();
  const total = plan.dataTotalMb;
  if (plan.unlimited || total === null) {
    return (
      <Typography variant="body2" data-testid={`plan-remaining-${plan.id}`}>
        {translate('units.unlimited')}
      </Typography>
    );
  }
  const leftShare = total > 0 ? Math.max(0, Math.min(100, (plan.dataRemainingMb / total) * 100)) : 0;
  const color = leftShare <= 10 ? 'error' : leftShare <= 25 ? 'warning' : 'primary';
  return (
    <Box sx={{ minWidth: 160 }}>
      <Typography variant="body2" data-testid={`plan-remaining-${plan.id}`}>
        {translate('resources.account-plans.data.left_of', { left: data(plan.dataRemainingMb), total: data(total) })}
      </Typography>
      <LinearProgress
        variant="determinate"
        value={leftShare}
        color={color}
        aria-label={translate('resources.account-plans.data.left_share', { percent: Math.round(leftShare) })}
        sx={{ height: 6, borderRadius: 3, mt: 0.5 }}
      />
      <GiftedShareText planId={plan.id} giftedMb={plan.dataGiftedMb} />
    </Box>
  );
};
