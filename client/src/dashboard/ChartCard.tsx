import type { ReactNode } from 'react';
import { Alert, Box, Button, Card, CardContent, Skeleton, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

interface ChartCardProps {
  /** `dashboard.charts.<section>.title`, and the section's test id. */
  section: string;
  isPending: boolean;
  error: Error | null;
  isEmpty: boolean;
  onRetry: () => void;
  /** Key figures shown above the chart (totals, SLA compliance…). */
  figures?: ReactNode;
  children: ReactNode;
}

export const CHART_HEIGHT = 260;

/** One dashboard section: its title, then a skeleton, an error with a retry, "no data", or the chart. */
export const ChartCard = ({ section, isPending, error, isEmpty, onRetry, figures, children }: ChartCardProps) => {
  const translate = useTranslate();
  let content: ReactNode;
  if (isPending) content = <Skeleton variant="rounded" height={CHART_HEIGHT} aria-label={translate('dashboard.loading')} />;
  else if (error) {
    content = (
      <Alert
        severity="error"
        action={
          <Button color="inherit" size="small" onClick={onRetry}>
            {translate('actions.retry')}
          </Button>
        }
      >
        {translate('dashboard.chart_error')}
      </Alert>
    );
  } else {
    content = (
      <>
        {figures}
        {isEmpty ? (
          <Typography variant="body2" color="text.secondary" sx={{ py: 4, textAlign: 'center' }}>
            {translate('dashboard.no_data')}
          </Typography>
        ) : (
          children
        )}
      </>
    );
  }
  return (
    <Card component="section" data-testid={`chart-${section}`} aria-labelledby={`chart-${section}-title`} sx={{ height: '100%' }}>
      <CardContent>
        <Typography id={`chart-${section}-title`} variant="h6" component="h2" gutterBottom>
          {translate(`dashboard.charts.${section}.title`)}
        </Typography>
        <Box sx={{ minWidth: 0 }}>{content}</Box>
      </CardContent>
    </Card>
  );
};

/**
 * The chart's box: a fixed height, the chart laid out absolutely inside it, so that an SVG
 * measured at one width never holds the page at that width (it would squeeze the menu).
 */
export const ChartFrame = ({ height = CHART_HEIGHT, children }: { height?: number; children: ReactNode }) => (
  <Box sx={{ position: 'relative', width: '100%', height }}>
    <Box sx={{ position: 'absolute', inset: 0 }}>{children}</Box>
  </Box>
);

/** A labelled key figure under a section's title; `alarm` when it counts work that is late or urgent. */
export const Figure = ({ label, value, testId, alarm = false }: { label: string; value: string; testId?: string; alarm?: boolean }) => (
  <Box sx={{ mr: 3, mb: 1, display: 'inline-block' }}>
    <Typography variant="caption" color="text.secondary" component="p">
      {label}
    </Typography>
    <Typography
      variant="h6"
      component="p"
      data-testid={testId}
      color={alarm ? 'error' : undefined}
      sx={{ fontVariantNumeric: 'tabular-nums' }}
    >
      {value}
    </Typography>
  </Box>
);
