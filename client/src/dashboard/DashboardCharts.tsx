import type { ComponentType } from 'react';
import { Grid } from '@mui/material';
import type { ChartSection } from './chartAccess.ts';
import { DsaChart } from './DsaChart.tsx';
import { ReviewsChart } from './ReviewsChart.tsx';
import { SalesByCountryChart } from './SalesByCountryChart.tsx';
import { SalesChart } from './SalesChart.tsx';
import { TopDestinationsChart } from './TopDestinationsChart.tsx';
import { TransfersChart } from './TransfersChart.tsx';

const CHARTS: Record<ChartSection, ComponentType> = {
  sales: SalesChart,
  salesByCountry: SalesByCountryChart,
  topDestinations: TopDestinationsChart,
  transfers: TransfersChart,
  reviews: ReviewsChart,
  dsa: DsaChart,
};

/** Sales per day takes the whole width; the others go two by two, an odd last one full width. */
function isWide(section: ChartSection, sections: readonly ChartSection[]): boolean {
  if (section === 'sales') return true;
  const halves = sections.filter((s) => s !== 'sales');
  return halves.length % 2 === 1 && halves[halves.length - 1] === section;
}

/**
 * The dashboard's charts. Loaded with React.lazy (pages/Dashboard.tsx): this module is the
 * only way into recharts, which thus stays in the `charts` chunk, out of the first load.
 */
const DashboardCharts = ({ sections }: { sections: readonly ChartSection[] }) => (
  <Grid container spacing={2}>
    {sections.map((section) => {
      const Chart = CHARTS[section];
      return (
        <Grid key={section} size={{ xs: 12, lg: isWide(section, sections) ? 12 : 6 }}>
          <Chart />
        </Grid>
      );
    })}
  </Grid>
);

export default DashboardCharts;
