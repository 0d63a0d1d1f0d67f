import type { Breakpoint, Theme } from '@mui/material';

/**
 * A Datagrid's `sx` hiding the least needed columns on a narrower screen (a 1024 px laptop beside the
 * sidebar): the record's show page still has them. `columns` are the fields' sources (`column-<source>`).
 */
export const hideColumnsBelow = (breakpoint: Breakpoint, columns: readonly string[]) => (theme: Theme) => ({
  [theme.breakpoints.down(breakpoint)]: Object.fromEntries(columns.map((c) => [`& .column-${c}`, { display: 'none' }])),
});
