import { radiantDarkTheme, radiantLightTheme, type RaThemeOptions } from 'react-admin';

// react-admin's Radiant theme in both modes (the app bar toggles between them), with a
// sidebar wide enough for the longest resource names ("Law-enforcement referrals").
const sidebar = { width: 290, closedWidth: 55 };

// In light mode Radiant's warning (#F2E963) and info (#3ED0EB) cannot be read as text or
// outlines on white (contrast under 2:1): "Warn" buttons, "due soon" clocks, abuse flags.
// Darker tones of the same hues keep the look and pass WCAG AA (≥ 4.5:1 on white).
const readable = {
  warning: { main: '#B45309', light: '#F59E0B', dark: '#92400E', contrastText: '#fff' },
  info: { main: '#0E7490', light: '#22D3EE', dark: '#155E75', contrastText: '#fff' },
};

type Overrides = Record<string, { styleOverrides?: { root?: object } } | undefined>;

/**
 * Nothing cut off on a 1024 px screen: the page's content may shrink beside the sidebar (a flex item
 * is as wide as its content otherwise) and a table wider than the page scrolls inside its own frame;
 * a focused row (keyboard) is outlined.
 */
function fitting(theme: RaThemeOptions): RaThemeOptions {
  const components = (theme.components ?? {}) as Overrides;
  const root = (name: string) => components[name]?.styleOverrides?.root ?? {};
  const primary = (theme.palette as { primary?: { main?: string } } | undefined)?.primary?.main;
  return {
    ...theme,
    components: {
      ...theme.components,
      // react-admin's layout is at least as wide as its content (`min-width: fit-content`), so a list whose
      // columns are wider than the screen widened the whole page; at 0 the page keeps the window's width
      // and the table scrolls inside its own frame.
      RaLayout: {
        styleOverrides: { root: { ...root('RaLayout'), minWidth: 0, '& .RaLayout-content': { minWidth: 0 } } },
      },
      // The list beside its saved-queries aside is a flex item too: at min-width 0 its table scrolls in its frame.
      RaList: { styleOverrides: { root: { ...root('RaList'), '& .RaList-main': { minWidth: 0 } } } },
      RaDataTable: {
        styleOverrides: {
          root: {
            ...root('RaDataTable'),
            // Radiant's header cells in its primary colour (Radiant gives that colour only to the legacy list's).
            '& .RaDataTable-headerCell': { color: primary },
            '& .RaDataTable-tableWrapper': { overflowX: 'auto' },
            '& .RaDataTable-clickableRow:focus-visible': { outline: '2px solid', outlineOffset: -2 },
          },
        },
      },
      // The sort arrow only on the sorted column, as the legacy list drew it: DataTable keeps room for one
      // on every sortable header, which made the refund queue 50 px too wide for a 1024 px screen.
      RaDataTableHeadCell: {
        styleOverrides: {
          root: {
            '& .MuiTableSortLabel-icon': { display: 'none' },
            '& .Mui-active .MuiTableSortLabel-icon': { display: 'inline' },
          },
        },
      },
    } as RaThemeOptions['components'],
  };
}

export const lightTheme: RaThemeOptions = fitting({
  ...radiantLightTheme,
  palette: { ...radiantLightTheme.palette, ...readable },
  sidebar,
});
export const darkTheme: RaThemeOptions = fitting({ ...radiantDarkTheme, sidebar });
