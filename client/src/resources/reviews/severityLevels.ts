import { alpha, type ChipProps, type Theme } from '@mui/material';

/**
 * Report severities (docs/TRUST-SAFETY.md): 1 spam or inappropriate, 2 abusive or insulting,
 * 3 defamatory or privacy, 4 hate or a DSA notice, 5 a threat (or a notice declaring a threat to life).
 */
export const SEVERITY_LEVELS = [1, 2, 3, 4, 5] as const;

/**
 * Red for a threat, yellow for hate, pale yellow for defamation, a blue outline for abuse, grey for spam.
 * Every chip is read in dark text (or white on red): the theme's pale yellow and cyan cannot be read as
 * text on white, so they only fill or outline; the level's number and words say the rest (not colour only).
 */
export function severityChipProps(level: number): Pick<ChipProps, 'color' | 'variant' | 'sx'> {
  if (level >= 5) return { color: 'error', variant: 'filled' };
  if (level === 4)
    return {
      color: 'warning',
      variant: 'filled',
      sx: { color: (theme: Theme) => theme.palette.getContrastText(theme.palette.warning.main), fontWeight: 600 },
    };
  if (level === 3) {
    return {
      color: 'warning',
      variant: 'filled',
      sx: {
        bgcolor: (theme: Theme) => alpha(theme.palette.warning.main, 0.35),
        color: 'text.primary',
        border: 1,
        borderColor: 'warning.main',
      },
    };
  }
  if (level === 2) return { color: 'info', variant: 'outlined', sx: { color: 'text.primary' } };
  return { color: 'default', variant: 'outlined' };
}
