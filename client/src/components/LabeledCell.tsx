import { Grid } from '@mui/material';
import type { ReactElement } from 'react';
import { Labeled } from 'react-admin';

/** One labelled field in a show page's summary grid (four per row on a wide screen, long values wrap). */
export const LabeledCell = ({ children }: { children: ReactElement }) => (
  <Grid size={{ xs: 12, sm: 6, md: 3 }} sx={{ minWidth: 0, overflowWrap: 'anywhere' }}>
    <Labeled>{children}</Labeled>
  </Grid>
);
