import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartCard, ChartFrame, CHART_HEIGHT } from './ChartCard.tsx';
import type { TopDestinations } from './statsTypes.ts';
import { useChartFormat } from './useChartFormat.ts';
import { useChartTheme } from './useChartTheme.ts';
import { STATS_DAYS, useStats } from './useStats.ts';

/** Where customers travel: the 10 countries with the most orders over 30 days. */
export const TopDestinationsChart = () => {
  const { data, isPending, error, refetch } = useStats<TopDestinations>(`top-destinations?days=${STATS_DAYS}`);
  const f = useChartFormat();
  const theme = useChartTheme();
  const rows = (data ?? []).map((d) => ({ ...d, label: f.country(d.countryCode, d.name) }));
  return (
    <ChartCard section="topDestinations" isPending={isPending} error={error} onRetry={() => void refetch()} isEmpty={rows.length === 0}>
      <ChartFrame height={CHART_HEIGHT + 40}>
        <BarChart
          responsive
          layout="vertical"
          data={rows}
          style={{ width: '100%', height: '100%' }}
          margin={{ top: 0, right: 16, bottom: 0, left: 8 }}
        >
          <CartesianGrid strokeDasharray="3 3" stroke={theme.grid} horizontal={false} />
          <XAxis type="number" allowDecimals={false} tickFormatter={f.count} tick={theme.axis} />
          <YAxis type="category" dataKey="label" tick={theme.axis} width={110} interval={0} />
          <Tooltip formatter={(value) => f.count(Number(value))} {...theme.tooltip} />
          <Bar
            dataKey="orders"
            name={f.translate('dashboard.charts.topDestinations.orders')}
            fill={theme.secondary}
            radius={[0, 3, 3, 0]}
          />
        </BarChart>
      </ChartFrame>
    </ChartCard>
  );
};
