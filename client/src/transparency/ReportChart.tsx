import { Box, Card, CardContent, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';

export interface ChartRow {
  key: string;
  label: string;
  count: number;
}

/**
 * One chart of the report, with its figures as a table for screen readers (a chart alone says
 * nothing to them), and "no data" when the period has none.
 */
export const ReportChart = ({ id, rows, children }: { id: string; rows: ChartRow[]; children: ReactNode }) => {
  const translate = useTranslate();
  const title = translate(`dsa_transparency.charts.${id}`);
  const empty = rows.every((r) => r.count === 0);
  return (
    <Card
      component="section"
      sx={{ height: '100%', position: 'relative' }}
      data-testid={`report-chart-${id}`}
      aria-labelledby={`report-chart-${id}-title`}
    >
      <CardContent>
        <Typography id={`report-chart-${id}-title`} variant="h6" component="h2" gutterBottom>
          {title}
        </Typography>
        {empty ? (
          <Typography variant="body2" color="text.secondary" sx={{ py: 4, textAlign: 'center' }}>
            {translate('dashboard.no_data')}
          </Typography>
        ) : (
          children
        )}
        <Box sx={visuallyHidden}>
          <table data-testid={`report-chart-${id}-data`}>
            <caption>{title}</caption>
            <tbody>
              {rows.map((r) => (
                <tr key={r.key}>
                  <th scope="row">{r.label}</th>
                  <td>{r.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Box>
      </CardContent>
    </Card>
  );
};

/** Read by screen readers, not shown (MUI's visuallyHidden, in pixels: `1` would mean 100 % in `sx`). */
const visuallyHidden = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
  padding: 0,
  margin: '-1px',
} as const;
