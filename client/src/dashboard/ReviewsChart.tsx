import { Bar, BarChart, CartesianGrid, Cell, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartCard, ChartFrame, Figure } from './ChartCard.tsx';
import type { ReviewStats } from './statsTypes.ts';
import { useChartFormat } from './useChartFormat.ts';
import { useChartTheme } from './useChartTheme.ts';
import { useStats } from './useStats.ts';

const STARS = [1, 2, 3, 4, 5];

/** Moderation: how published reviews rate (1–5 stars) and the reports waiting for a moderator. */
export const ReviewsChart = () => {
  const { data, isPending, error, refetch } = useStats<ReviewStats>('reviews');
  const f = useChartFormat();
  const theme = useChartTheme();
  // Every star appears, even with no review; low ratings in warm colours.
  const colours = [theme.error, theme.warning, theme.info, theme.primary, theme.success];
  const ratings = STARS.map((rating) => ({ rating, count: data?.ratings.find((r) => r.rating === rating)?.count ?? 0 }));
  const figures = data && (
    <div>
      <Figure
        label={f.translate('dashboard.charts.reviews.open_reports')}
        value={f.count(data.openReports)}
        testId="reviews-open-reports"
      />
      <Figure label={f.translate('dashboard.charts.reviews.reported_reviews')} value={f.count(data.reportedReviews)} />
      <Figure label={f.translate('dashboard.charts.reviews.removed')} value={f.count(data.removed)} />
    </div>
  );
  return (
    <ChartCard
      section="reviews"
      isPending={isPending}
      error={error}
      onRetry={() => void refetch()}
      figures={figures}
      isEmpty={ratings.every((r) => r.count === 0)}
    >
      <ChartFrame>
        <BarChart responsive data={ratings} style={{ width: '100%', height: '100%' }} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" stroke={theme.grid} vertical={false} />
          <XAxis
            dataKey="rating"
            tickFormatter={(n: number) => f.translate('dashboard.charts.reviews.stars', { smart_count: n })}
            tick={theme.axis}
          />
          <YAxis allowDecimals={false} tickFormatter={f.count} tick={theme.axis} width="auto" />
          <Tooltip
            formatter={(value) => f.count(Number(value))}
            labelFormatter={(label) => f.translate('dashboard.charts.reviews.stars', { smart_count: Number(label) })}
            {...theme.tooltip}
          />
          <Bar dataKey="count" name={f.translate('dashboard.charts.reviews.count')} radius={[3, 3, 0, 0]} maxBarSize={72}>
            {ratings.map((r, i) => (
              <Cell key={r.rating} fill={colours[i]} />
            ))}
          </Bar>
        </BarChart>
      </ChartFrame>
    </ChartCard>
  );
};
