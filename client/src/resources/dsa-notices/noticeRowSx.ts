import { alpha, type SxProps, type Theme } from '@mui/material';
import type { DsaNotice } from './noticeTypes.ts';

/** A threat to life or safety (rec. 52) in red: a tint and a left border; its chip says so in words. */
export function noticeRowSx(notice: DsaNotice): SxProps {
  if (!notice.threatToLife) return {};
  return {
    backgroundColor: (theme: Theme) => alpha(theme.palette.error.main, 0.1),
    '& > td:first-of-type': { boxShadow: (theme: Theme) => `inset 4px 0 0 ${theme.palette.error.main}` },
  } as SxProps;
}
