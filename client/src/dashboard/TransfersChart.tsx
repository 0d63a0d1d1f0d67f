import { Bar, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from 'recharts';
import { TRANSFER_STATUSES } from '../../../server/domain/enums.ts';
import { ChartCard, ChartFrame, Figure } from './ChartCard.tsx';
import type { TransferStats } from './statsTypes.ts';
import { useChartFormat } from './useChartFormat.ts';
import { legendInOrder, useChartTheme } from './useChartTheme.ts';
import { STATS_DAYS, useStats } from './useStats.ts';

/** Support: GB sent per day (bars), transfers and support's fixes per day (lines), and where transfers stand. */
export const TransfersChart = () => {
  const { data, isPending, error, refetch } = useStats<TransferStats>(`transfers?days=${STATS_DAYS}`);
  const f = useChartFormat();
  const theme = useChartTheme();
  const days = data?.days ?? [];
  const gbLabel = f.translate('dashboard.charts.transfers.gb');
  const figures = data && (
    <div>
      {TRANSFER_STATUSES.map((status) => (
        <Figure
          key={status}
          label={f.translate(`enums.transfer_status.${status}`)}
          value={f.count(data.byStatus[status] ?? 0)}
          testId={`transfers-${status}`}
        />
      ))}
    </div>
  );
  return (
    <ChartCard
      section="transfers"
      isPending={isPending}
      error={error}
      onRetry={() => void refetch()}
      figures={figures}
      isEmpty={days.every((d) => d.transfers === 0 && d.fixes === 0)}
    >
      <ChartFrame>
        <ComposedChart responsive data={days} style={{ width: '100%', height: '100%' }} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" stroke={theme.grid} vertical={false} />
          <XAxis dataKey="day" tickFormatter={f.day} tick={theme.axis} minTickGap={16} />
          <YAxis
            yAxisId="gb"
            tickFormatter={(gb: number) => f.translate('units.gb', { value: f.count(gb) })}
            tick={theme.axis}
            width="auto"
          />
          <YAxis yAxisId="count" orientation="right" allowDecimals={false} tick={theme.axis} width="auto" />
          <Tooltip
            formatter={(value, name) =>
              name === gbLabel ? f.translate('units.gb', { value: f.count(Number(value)) }) : f.count(Number(value))
            }
            labelFormatter={(label) => f.longDay(String(label))}
            {...theme.tooltip}
          />
          <Legend itemSorter={legendInOrder('gb', 'transfers', 'fixes')} />
          <Bar yAxisId="gb" dataKey="gb" name={gbLabel} fill={theme.primary} fillOpacity={0.6} radius={[3, 3, 0, 0]} maxBarSize={24} />
          <Line
            yAxisId="count"
            dataKey="transfers"
            name={f.translate('dashboard.charts.transfers.transfers')}
            stroke={theme.info}
            dot={false}
            strokeWidth={2}
          />
          <Line
            yAxisId="count"
            dataKey="fixes"
            name={f.translate('dashboard.charts.transfers.fixes')}
            stroke={theme.warningDark}
            dot={false}
            strokeWidth={2}
          />
        </ComposedChart>
      </ChartFrame>
    </ChartCard>
  );
};
