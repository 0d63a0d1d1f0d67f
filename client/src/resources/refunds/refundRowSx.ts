import { alpha, type SxProps, type Theme } from '@mui/material';
import { runningDeadline, urgencyOf } from './refundDeadline.ts';
import type { Refund } from './refundTypes.ts';

/** Overdue rows in the error colour, rows due today in the warning colour (a tint and a left border). */
export function refundRowSx(record: Refund): SxProps {
  const urgency = urgencyOf(runningDeadline(record));
  if (!urgency) return {};
  const colour = urgency === 'overdue' ? 'error' : 'warning';
  return {
    backgroundColor: (theme: Theme) => alpha(theme.palette[colour].main, 0.08),
    '& > td:first-of-type': { boxShadow: (theme: Theme) => `inset 4px 0 0 ${theme.palette[colour].main}` },
  } as SxProps;
}
