import { Box, Stack, Tooltip, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useDataText } from '../../components/useDataText.ts';

interface DataUsageBarProps {
  totalMb: number;
  usedMb: number;
  remainingMb: number;
}

const SEGMENTS = [
  { key: 'used', color: 'warning.main' },
  { key: 'other', color: 'grey.500' },
  { key: 'remaining', color: 'success.main' },
] as const;

/**
 * The plan's data as one stacked bar: used, gone otherwise (sent to someone, written off by a
 * refund), and remaining, out of the total; the same three figures written beside it.
 */
export const DataUsageBar = ({ totalMb, usedMb, remainingMb }: DataUsageBarProps) => {
  const translate = useTranslate();
  const data = useDataText();
  const amounts = { used: usedMb, other: Math.max(0, totalMb - usedMb - remainingMb), remaining: remainingMb };
  const share = (mb: number) => (totalMb > 0 ? (mb * 100) / totalMb : 0);
  const label = (key: keyof typeof amounts) => translate(`resources.refunds.plan.${key}`, { amount: data(amounts[key]) });
  return (
    <Box data-testid="plan-usage-bar">
      <Box sx={{ display: 'flex', height: 14, borderRadius: 7, overflow: 'hidden', bgcolor: 'action.hover', maxWidth: 560 }}>
        {SEGMENTS.map(
          ({ key, color }) =>
            amounts[key] > 0 && (
              <Tooltip key={key} title={label(key)}>
                <Box sx={{ width: `${share(amounts[key])}%`, minWidth: 3, bgcolor: color }} />
              </Tooltip>
            ),
        )}
      </Box>
      <Stack direction="row" spacing={2} sx={{ mt: 1, flexWrap: 'wrap' }} useFlexGap>
        {SEGMENTS.map(
          ({ key, color }) =>
            (key !== 'other' || amounts.other > 0) && (
              <Stack key={key} direction="row" spacing={0.75} sx={{ alignItems: 'center' }}>
                <Box sx={{ width: 10, height: 10, borderRadius: '50%', bgcolor: color }} />
                <Typography variant="body2" data-testid={`plan-${key}`}>
                  {label(key)}
                </Typography>
              </Stack>
            ),
        )}
        <Typography variant="body2" color="text.secondary" data-testid="plan-total">
          {translate('resources.refunds.plan.total', { amount: data(totalMb) })}
        </Typography>
      </Stack>
    </Box>
  );
};
