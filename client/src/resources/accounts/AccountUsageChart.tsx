import { Box } from '@mui/material';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { useChartFormat } from '../../dashboard/useChartFormat.ts';
import { useChartTheme } from '../../dashboard/useChartTheme.ts';
import type { UsageSeries } from './usageSeries.ts';

const HEIGHT = 220;

/**
 * Data used per Paris day, stacked by plan. Loaded with React.lazy (AccountUsageSection): this
 * module is the 360's only way into recharts, which stays in the `charts` chunk.
 */
const AccountUsageChart = ({ series }: { series: UsageSeries }) => {
  const f = useChartFormat();
  const theme = useChartTheme();
  const colours = [theme.primary, theme.info, theme.warning, theme.success, theme.secondary, theme.error];
  const mb = (value: number) => f.translate('units.mb', { value: f.count(value) });
  return (
    <Box sx={{ position: 'relative', width: '100%', height: HEIGHT }} data-testid="usage-chart">
      <Box sx={{ position: 'absolute', inset: 0 }}>
        <BarChart responsive data={series.rows} style={{ width: '100%', height: '100%' }} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" stroke={theme.grid} vertical={false} />
          <XAxis dataKey="day" tickFormatter={f.day} tick={theme.axis} minTickGap={16} />
          <YAxis tickFormatter={mb} tick={theme.axis} width="auto" />
          <Tooltip formatter={(value) => mb(Number(value))} labelFormatter={(label) => f.longDay(String(label))} {...theme.tooltip} />
          <Legend />
          {series.plans.map((plan, i) => (
            <Bar key={plan.key} dataKey={plan.key} name={plan.name} stackId="usage" fill={colours[i % colours.length]} maxBarSize={24} />
          ))}
        </BarChart>
      </Box>
    </Box>
  );
};

export default AccountUsageChart;
