import type { ChipProps } from '@mui/material';

/**
 * Report severities (docs/TRUST-SAFETY.md): 1 spam or inappropriate, 2 abusive or insulting,
 * 3 defamatory or privacy, 4 hate or a DSA notice, 5 a threat (or a notice declaring a threat to life).
 */
export const SEVERITY_LEVELS = [1, 2, 3, 4, 5] as const;

/** Red for a threat, orange for hate, fading down to grey for spam. */
export function severityChipProps(level: number): Pick<ChipProps, 'color' | 'variant'> {
  if (level >= 5) return { color: 'error', variant: 'filled' };
  if (level === 4) return { color: 'warning', variant: 'filled' };
  if (level === 3) return { color: 'warning', variant: 'outlined' };
  if (level === 2) return { color: 'info', variant: 'outlined' };
  return { color: 'default', variant: 'outlined' };
}
