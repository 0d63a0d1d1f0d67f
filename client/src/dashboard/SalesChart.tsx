import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartCard, ChartFrame, Figure } from './ChartCard.tsx';
import type { SalesStats } from './statsTypes.ts';
import { useChartFormat } from './useChartFormat.ts';
import { legendInOrder, useChartTheme } from './useChartTheme.ts';
import { STATS_DAYS, useStats } from './useStats.ts';

/** Finance: sales and refunds per Paris day over the last 30 days (euros incl. VAT). */
export const SalesChart = () => {
  const { data, isPending, error, refetch } = useStats<SalesStats>(`sales?days=${STATS_DAYS}`);
  const f = useChartFormat();
  const theme = useChartTheme();
  const days = data?.days ?? [];
  const total = (key: 'orders' | 'salesCents' | 'refunds' | 'refundedCents') => days.reduce((sum, d) => sum + d[key], 0);
  const figures = data && (
    <div>
      <Figure
        label={f.translate('dashboard.charts.sales.total_sales', { days: STATS_DAYS })}
        value={f.euros(total('salesCents'))}
        testId="sales-total"
      />
      <Figure label={f.translate('dashboard.charts.sales.orders')} value={f.count(total('orders'))} />
      <Figure label={f.translate('dashboard.charts.sales.total_refunded')} value={f.euros(total('refundedCents'))} testId="refunds-total" />
      <Figure label={f.translate('dashboard.charts.sales.refunds')} value={f.count(total('refunds'))} />
    </div>
  );
  const salesLabel = f.translate('dashboard.charts.sales.sales');
  const refundsLabel = f.translate('dashboard.charts.sales.refunded');
  return (
    <ChartCard
      section="sales"
      isPending={isPending}
      error={error}
      onRetry={() => void refetch()}
      figures={figures}
      isEmpty={total('orders') + total('refunds') === 0}
    >
      <ChartFrame>
        <BarChart responsive data={days} style={{ width: '100%', height: '100%' }} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" stroke={theme.grid} vertical={false} />
          <XAxis dataKey="day" tickFormatter={f.day} tick={theme.axis} minTickGap={16} />
          <YAxis tickFormatter={f.eurosShort} tick={theme.axis} width="auto" />
          <Tooltip formatter={(value) => f.euros(Number(value))} labelFormatter={(label) => f.longDay(String(label))} {...theme.tooltip} />
          <Legend itemSorter={legendInOrder('salesCents', 'refundedCents')} />
          <Bar dataKey="salesCents" name={salesLabel} fill={theme.primary} radius={[3, 3, 0, 0]} maxBarSize={24} />
          <Bar dataKey="refundedCents" name={refundsLabel} fill={theme.error} radius={[3, 3, 0, 0]} maxBarSize={24} />
        </BarChart>
      </ChartFrame>
    </ChartCard>
  );
};
