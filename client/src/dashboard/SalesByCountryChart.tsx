import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartCard, ChartFrame, CHART_HEIGHT } from './ChartCard.tsx';
import type { SalesStats } from './statsTypes.ts';
import { useChartFormat } from './useChartFormat.ts';
import { legendInOrder, useChartTheme } from './useChartTheme.ts';
import { STATS_DAYS, useStats } from './useStats.ts';

/** Finance: the 10 countries selling most over 30 days, sales against refunds (same query as SalesChart). */
export const SalesByCountryChart = () => {
  const { data, isPending, error, refetch } = useStats<SalesStats>(`sales?days=${STATS_DAYS}`);
  const f = useChartFormat();
  const theme = useChartTheme();
  const countries = (data?.countries ?? []).map((c) => ({ ...c, label: f.country(c.countryCode, c.name) }));
  return (
    <ChartCard section="salesByCountry" isPending={isPending} error={error} onRetry={() => void refetch()} isEmpty={countries.length === 0}>
      <ChartFrame height={CHART_HEIGHT + 40}>
        <BarChart
          responsive
          layout="vertical"
          data={countries}
          style={{ width: '100%', height: '100%' }}
          margin={{ top: 0, right: 16, bottom: 0, left: 8 }}
        >
          <CartesianGrid strokeDasharray="3 3" stroke={theme.grid} horizontal={false} />
          <XAxis type="number" tickFormatter={f.eurosShort} tick={theme.axis} />
          <YAxis type="category" dataKey="label" tick={theme.axis} width={110} interval={0} />
          <Tooltip formatter={(value) => f.euros(Number(value))} {...theme.tooltip} />
          <Legend itemSorter={legendInOrder('salesCents', 'refundedCents')} />
          <Bar dataKey="salesCents" name={f.translate('dashboard.charts.sales.sales')} fill={theme.primary} radius={[0, 3, 3, 0]} />
          <Bar dataKey="refundedCents" name={f.translate('dashboard.charts.sales.refunded')} fill={theme.error} radius={[0, 3, 3, 0]} />
        </BarChart>
      </ChartFrame>
    </ChartCard>
  );
};
