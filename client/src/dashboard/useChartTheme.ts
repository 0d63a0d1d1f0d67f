import { useTheme } from '@mui/material';

/** A legend in the order the series are drawn (recharts sorts it alphabetically, which changes with the language). */
export function legendInOrder(...dataKeys: string[]) {
  return (item: { dataKey?: unknown }) => dataKeys.indexOf(String(item.dataKey));
}

/** Chart colours and tooltip styles from the MUI theme, so charts follow the light/dark switch. */
export function useChartTheme() {
  const { palette } = useTheme();
  return {
    primary: palette.primary.main,
    secondary: palette.secondary.main,
    error: palette.error.main,
    warning: palette.warning.main,
    warningDark: palette.warning.dark,
    success: palette.success.main,
    info: palette.info.main,
    grid: palette.divider,
    axis: { fill: palette.text.secondary, fontSize: 12 },
    tooltip: {
      contentStyle: { backgroundColor: palette.background.paper, borderColor: palette.divider, color: palette.text.primary },
      labelStyle: { color: palette.text.primary, fontWeight: 600 },
    },
  };
}
