import { Box, LinearProgress, Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { useDataText } from '../../components/useDataText.ts';

interface PlanData {
  id: number;
  dataTotalMb: number | null;
  dataUsedMb: number;
  dataRemainingMb: number;
  unlimited: boolean;
}

/** Data left, used and total of the plan, with a bar of the share left (a full bar: nothing used yet). */
export const AccountPlanDataBars = () => {
  const record = useRecordContext<PlanData>();
  const translate = useTranslate();
  const data = useDataText();
  if (!record) return null;
  const t = (key: string, args?: Record<string, unknown>) => translate(`resources.account-plans.data.${key}`, args);
  const total = record.dataTotalMb;
  const leftShare = total && total > 0 ? Math.max(0, Math.min(100, (record.dataRemainingMb / total) * 100)) : 0;
  return (
    <Box sx={{ mb: 2 }} data-testid="plan-data">
      <Typography variant="h6" gutterBottom>
        {t('title')}
      </Typography>
      <Stack direction="row" spacing={4} sx={{ flexWrap: 'wrap', mb: 1 }}>
        <Typography variant="body1" data-testid="plan-data-left">
          <strong>{t('left', { amount: data(record.dataRemainingMb) })}</strong>
        </Typography>
        <Typography variant="body1" color="text.secondary">
          {t('used', { amount: data(record.dataUsedMb) })}
        </Typography>
        <Typography variant="body1" color="text.secondary">
          {record.unlimited || total === null ? translate('units.unlimited') : t('total', { amount: data(total) })}
        </Typography>
      </Stack>
      {!record.unlimited && total !== null && (
        <LinearProgress
          variant="determinate"
          value={leftShare}
          aria-label={t('left_share', { percent: Math.round(leftShare) })}
          sx={{ height: 10, borderRadius: 5, maxWidth: 640 }}
        />
      )}
    </Box>
  );
};
