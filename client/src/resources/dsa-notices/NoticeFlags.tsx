import ThreatIcon from '@mui/icons-material/Warning';
import TrustedIcon from '@mui/icons-material/VerifiedUser';
import SuspendedIcon from '@mui/icons-material/Block';
import IncompleteIcon from '@mui/icons-material/HelpOutline';
import { Chip, Stack, Typography } from '@mui/material';
import type { ReactElement } from 'react';
import { useRecordContext, useTranslate } from 'react-admin';
import type { ColumnProps } from './columnProps.ts';
import type { DsaNotice } from './noticeTypes.ts';

type Flag = 'threat_to_life' | 'trusted_flagger' | 'notifier_suspended' | 'incomplete';

const STYLE: Record<Flag, { icon: ReactElement; color: 'error' | 'info' | 'default' | 'warning'; variant: 'filled' | 'outlined' }> = {
  threat_to_life: { icon: <ThreatIcon />, color: 'error', variant: 'filled' },
  trusted_flagger: { icon: <TrustedIcon />, color: 'info', variant: 'outlined' },
  notifier_suspended: { icon: <SuspendedIcon />, color: 'default', variant: 'outlined' },
  incomplete: { icon: <IncompleteIcon />, color: 'warning', variant: 'filled' },
};

/** Why the notice sits where it does in the queue (rec. 52, Art. 22, Art. 23(2)) and whether it gives actual knowledge (Art. 16(3)). */
export function noticeFlags(notice: Pick<DsaNotice, 'threatToLife' | 'trustedFlaggerId' | 'priority' | 'complete'>): Flag[] {
  const flags: Flag[] = [];
  if (notice.threatToLife) flags.push('threat_to_life');
  if (notice.trustedFlaggerId != null) flags.push('trusted_flagger');
  if (notice.priority < 0) flags.push('notifier_suspended');
  if (!notice.complete) flags.push('incomplete');
  return flags;
}

/** The flags as chips with an icon and a word each: never colour alone. */
export const NoticeFlags = (_props: ColumnProps) => {
  const notice = useRecordContext<DsaNotice>();
  const translate = useTranslate();
  if (!notice) return null;
  const flags = noticeFlags(notice);
  if (!flags.length)
    return (
      <Typography variant="body2" component="span" color="textSecondary">
        —
      </Typography>
    );
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {flags.map((flag) => (
        <Chip
          key={flag}
          size="small"
          {...STYLE[flag]}
          label={translate(`resources.dsa-notices.flags.${flag}`)}
          title={translate(`resources.dsa-notices.flags.${flag}_hint`)}
          data-testid={`notice-flag-${flag}`}
        />
      ))}
    </Stack>
  );
};
