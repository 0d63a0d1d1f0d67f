import { Card, CardContent, Skeleton, Stack, Typography } from '@mui/material';
import { lazy, Suspense } from 'react';
import { useTranslate } from 'react-admin';
import { useDataText } from '../../components/useDataText.ts';
import type { AccountOverview } from './accountTypes.ts';
import { usageSeries } from './usageSeries.ts';

// recharts loads with this module only (its own chunk): the rest of the 360 never waits for it.
const AccountUsageChart = lazy(() => import('./AccountUsageChart.tsx'));

/** Data used per day over the last 90 days (Paris days), stacked by plan, with the total. */
export const AccountUsageSection = ({ overview }: { overview: AccountOverview }) => {
  const translate = useTranslate();
  const data = useDataText();
  const series = usageSeries(overview.usage, overview.plans);
  const total = overview.usage.reduce((sum, u) => sum + u.mb, 0);
  return (
    <Card variant="outlined" component="section" data-testid="section-usage" aria-labelledby="section-usage-title">
      <CardContent sx={{ pb: 1, '&:last-child': { pb: 1 } }}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'baseline', mb: 1 }}>
          <Typography variant="subtitle1" component="h3" id="section-usage-title" sx={{ fontWeight: 600 }}>
            {translate('resources.accounts.sections.usage')}
          </Typography>
          {total > 0 && (
            <Typography variant="body2" color="text.secondary" data-testid="usage-total">
              {translate('resources.accounts.usage.total', { amount: data(total) })}
            </Typography>
          )}
        </Stack>
        {series.rows.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            {translate('resources.accounts.usage.none')}
          </Typography>
        ) : (
          <Suspense fallback={<Skeleton variant="rounded" height={220} aria-label={translate('resources.accounts.usage.loading')} />}>
            <AccountUsageChart series={series} />
          </Suspense>
        )}
      </CardContent>
    </Card>
  );
};
