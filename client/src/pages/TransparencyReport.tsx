import { lazy, Suspense, useState } from 'react';
import { Alert, Box, Button, Stack, Typography } from '@mui/material';
import { Title, usePermissions, useTranslate } from 'react-admin';
import type { Role } from '../../../server/domain/enums.ts';
import { mayOpenPage } from '../../../server/domain/permissions.ts';
import { ChartsFallback } from '../dashboard/ChartsFallback.tsx';
import { PeriodPicker } from '../transparency/PeriodPicker.tsx';
import { ReportDownloads } from '../transparency/ReportDownloads.tsx';
import { ReportFigures } from '../transparency/ReportFigures.tsx';
import { isValidRange } from '../components/DateRangeFields.tsx';
import { presetPeriod } from '../transparency/reportPeriod.ts';
import { useTransparencyReport } from '../transparency/useTransparencyReport.ts';
import { AccessDenied } from './AccessDenied.tsx';

// recharts only loads with this module (the `charts` chunk), as on the dashboard.
const TransparencyCharts = lazy(() => import('../transparency/TransparencyCharts.tsx'));

/** The DSA transparency report for a period (Art. 15, 24(1)): figures, charts, and the files to publish. Moderators and admins. */
export const TransparencyReportPage = () => {
  const { permissions, isPending } = usePermissions<Role[]>();
  if (isPending) return null;
  if (!mayOpenPage(permissions ?? [], '/dsa-transparency')) return <AccessDenied />;
  return <TransparencyReport />;
};

const TransparencyReport = () => {
  const translate = useTranslate();
  const [period, setPeriod] = useState(() => presetPeriod('last_12_months'));
  const valid = isValidRange(period);
  const { data: report, isPending, error, refetch } = useTransparencyReport(period, valid);
  return (
    <Stack spacing={2} sx={{ mt: 2, mb: 3 }}>
      <Title title="dsa_transparency.title" />
      <Box>
        <Typography variant="h5" component="h1">
          {translate('dsa_transparency.title')}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {translate('dsa_transparency.intro')}
        </Typography>
      </Box>
      <Stack direction="row" spacing={2} useFlexGap sx={{ justifyContent: 'space-between', alignItems: 'center', flexWrap: 'wrap' }}>
        <PeriodPicker period={period} onChange={setPeriod} />
        <ReportDownloads period={period} disabled={!valid} />
      </Stack>
      {!valid && <Alert severity="warning">{translate('dsa_transparency.invalid_period')}</Alert>}
      {valid && error && (
        <Alert
          severity="error"
          action={
            <Button color="inherit" size="small" onClick={() => void refetch()}>
              {translate('actions.retry')}
            </Button>
          }
        >
          {translate('dsa_transparency.error')}
        </Alert>
      )}
      {valid && isPending && <ChartsFallback count={2} />}
      {valid && report && (
        <>
          <ReportFigures report={report} />
          <Suspense fallback={<ChartsFallback count={4} />}>
            <TransparencyCharts report={report} />
          </Suspense>
        </>
      )}
    </Stack>
  );
};
