import type { Breakpoint, Theme } from '@mui/material';

/**
 * A DataTable's `sx` hiding the least needed columns on a narrower screen (a 1024 px laptop beside the
 * sidebar): the record's show page still has them. `columns` are the columns' sources: a DataTable gives
 * each header and body cell the class `column-<source>`. This hides them by screen width; the DataTable's
 * own `hiddenColumns` (a user's choice) is something else.
 */
export const hideColumnsBelow = (breakpoint: Breakpoint, columns: readonly string[]) => (theme: Theme) => ({
  [theme.breakpoints.down(breakpoint)]: Object.fromEntries(columns.map((c) => [`& .column-${c}`, { display: 'none' }])),
});
