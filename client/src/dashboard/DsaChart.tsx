import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { DSA_NOTICE_STATUSES } from '../../../server/domain/enums.ts';
import { ChartCard, ChartFrame, Figure } from './ChartCard.tsx';
import type { DsaStats } from './statsTypes.ts';
import { useChartFormat } from './useChartFormat.ts';
import { useChartTheme } from './useChartTheme.ts';
import { useStats } from './useStats.ts';

/** Moderation: DSA notices by status, how many were decided within the time limit, and what is late or urgent. */
export const DsaChart = () => {
  const { data, isPending, error, refetch } = useStats<DsaStats>('dsa');
  const f = useChartFormat();
  const theme = useChartTheme();
  const rows = DSA_NOTICE_STATUSES.map((status) => ({
    status,
    label: f.translate(`enums.dsa_notice_status.${status}`),
    count: data?.byStatus[status] ?? 0,
  }));
  const figures = data && (
    <div>
      <Figure
        label={f.translate('dashboard.charts.dsa.sla_compliance')}
        value={data.slaCompliance === null ? '—' : f.percent(data.slaCompliance)}
        testId="dsa-sla-compliance"
      />
      <Figure
        label={f.translate('dashboard.charts.dsa.decided_within_sla')}
        value={`${f.count(data.decidedWithinSla)} / ${f.count(data.decided)}`}
      />
      <Figure
        label={f.translate('dashboard.charts.dsa.over_sla')}
        value={f.count(data.overSla)}
        testId="dsa-over-sla"
        alarm={data.overSla > 0}
      />
      <Figure
        label={f.translate('dashboard.charts.dsa.threat_to_life_open')}
        value={f.count(data.threatToLifeOpen)}
        alarm={data.threatToLifeOpen > 0}
      />
    </div>
  );
  return (
    <ChartCard
      section="dsa"
      isPending={isPending}
      error={error}
      onRetry={() => void refetch()}
      figures={figures}
      isEmpty={rows.every((r) => r.count === 0)}
    >
      <ChartFrame>
        <BarChart responsive data={rows} style={{ width: '100%', height: '100%' }} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" stroke={theme.grid} vertical={false} />
          <XAxis dataKey="label" tick={theme.axis} interval={0} />
          <YAxis allowDecimals={false} tickFormatter={f.count} tick={theme.axis} width="auto" />
          <Tooltip formatter={(value) => f.count(Number(value))} {...theme.tooltip} />
          <Bar
            dataKey="count"
            name={f.translate('dashboard.charts.dsa.notices')}
            fill={theme.secondary}
            radius={[3, 3, 0, 0]}
            maxBarSize={72}
          />
        </BarChart>
      </ChartFrame>
    </ChartCard>
  );
};
