import { Grid } from '@mui/material';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame } from '../dashboard/ChartCard.tsx';
import { useChartFormat } from '../dashboard/useChartFormat.ts';
import { useChartTheme } from '../dashboard/useChartTheme.ts';
import { ReportChart, type ChartRow } from './ReportChart.tsx';
import type { TransparencyReport } from './reportTypes.ts';

/** Horizontal bars: the labels (categories, grounds) are long. */
const Bars = ({ rows, colour, height }: { rows: ChartRow[]; colour: string; height: number }) => {
  const f = useChartFormat();
  const theme = useChartTheme();
  return (
    <ChartFrame height={height}>
      <BarChart
        responsive
        layout="vertical"
        data={rows}
        style={{ width: '100%', height: '100%' }}
        margin={{ top: 4, right: 16, bottom: 4, left: 8 }}
      >
        <CartesianGrid strokeDasharray="3 3" stroke={theme.grid} horizontal={false} />
        <XAxis type="number" allowDecimals={false} tickFormatter={f.count} tick={theme.axis} />
        <YAxis type="category" dataKey="label" tick={theme.axis} width={210} interval={0} />
        <Tooltip formatter={(value) => f.count(Number(value))} {...theme.tooltip} />
        <Bar dataKey="count" name={f.translate('dsa_transparency.count')} fill={colour} radius={[0, 3, 3, 0]} maxBarSize={28} />
      </BarChart>
    </ChartFrame>
  );
};

/**
 * The report's charts: notices by category, decisions, their grounds (law vs terms), the sources of
 * the statements of reasons, complaints by outcome. Loaded with React.lazy (pages/TransparencyReport.tsx): recharts stays out of the first load.
 */
const TransparencyCharts = ({ report }: { report: TransparencyReport }) => {
  const f = useChartFormat();
  const theme = useChartTheme();
  const t = (key: string) => f.translate(key);
  const categories: ChartRow[] = report.notices.byCategory.map((c) => ({
    key: c.category,
    label: t(`tdb.category.${c.category}`),
    count: c.count,
  }));
  const decisions: ChartRow[] = report.actions.byDecision.map((d) => ({
    key: d.decision,
    label: t(`enums.dsa_decision.${d.decision}`),
    count: d.count,
  }));
  // Art. 15(1)(b): actions taken on the basis of the law or of the terms, one per statement of reasons.
  const grounds: ChartRow[] = [
    { key: 'law', label: t('dsa_transparency.figures.law'), count: report.actions.law },
    { key: 'terms', label: t('dsa_transparency.figures.terms'), count: report.actions.terms },
  ];
  const sources: ChartRow[] = report.statements.bySource.map((s) => ({
    key: s.sourceType,
    label: t(`enums.dsa_source_type.${s.sourceType}`),
    count: s.count,
  }));
  const complaints: ChartRow[] = (['open', 'upheld', 'rejected'] as const).map((s) => ({
    key: s,
    label: t(`enums.dsa_complaint_status.${s}`),
    count: report.complaints[s],
  }));
  return (
    <Grid container spacing={2}>
      <Grid size={12}>
        <ReportChart id="notices_by_category" rows={categories}>
          <Bars rows={categories} colour={theme.secondary} height={Math.max(160, categories.length * 36)} />
        </ReportChart>
      </Grid>
      {(
        [
          ['decisions', decisions, theme.primary],
          ['grounds', grounds, theme.error],
          ['sources', sources, theme.info],
          ['complaints', complaints, theme.warning],
        ] as const
      ).map(([id, rows, colour]) => (
        <Grid key={id} size={{ xs: 12, lg: 6 }}>
          <ReportChart id={id} rows={rows}>
            <Bars rows={rows} colour={colour} height={200} />
          </ReportChart>
        </Grid>
      ))}
    </Grid>
  );
};

export default TransparencyCharts;
