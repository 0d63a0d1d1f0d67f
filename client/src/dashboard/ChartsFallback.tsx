import { Grid, Skeleton } from '@mui/material';
import { useTranslate } from 'react-admin';

/** What shows while the charts' chunk (recharts) downloads: one placeholder per section. */
export const ChartsFallback = ({ count }: { count: number }) => {
  const translate = useTranslate();
  return (
    <Grid container spacing={2} data-testid="charts-loading" aria-busy="true" aria-label={translate('dashboard.loading_charts')}>
      {Array.from({ length: count }, (_, i) => (
        <Grid key={i} size={{ xs: 12, lg: 6 }}>
          <Skeleton variant="rounded" height={340} />
        </Grid>
      ))}
    </Grid>
  );
};
