import OverdueIcon from '@mui/icons-material/AlarmOn';
import TimerIcon from '@mui/icons-material/Timer';
import { Chip, Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { useNow } from '../../components/useNow.ts';
import { DECISION_TARGET_HOURS, noticeClock } from './noticeClock.ts';
import type { ColumnProps } from './columnProps.ts';
import type { DsaNotice } from './noticeTypes.ts';
import { useDuration } from './useDuration.ts';

const COLOUR = { running: 'default', due_soon: 'warning', overdue: 'error', met: 'success', late: 'error' } as const;

/**
 * The 72-hour decision target: time left while undecided ("Overdue by 5 h" once past), then how long
 * the decision took and whether the target was met. Ticks every minute.
 */
export const NoticeClockField = (_props: ColumnProps) => {
  const notice = useRecordContext<DsaNotice>();
  const translate = useTranslate();
  const duration = useDuration();
  const now = useNow();
  if (!notice) return null;
  const clock = noticeClock(notice, now);
  const text = translate(`resources.dsa-notices.clock.${clock.state}`, { time: duration(clock.minutes), target: DECISION_TARGET_HOURS });
  const running = clock.state === 'running' || clock.state === 'due_soon' || clock.state === 'overdue';
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }} data-testid="notice-clock" data-state={clock.state}>
      {clock.state === 'running' ? (
        <Typography variant="body2" component="span" sx={{ whiteSpace: 'nowrap' }}>
          {text}
        </Typography>
      ) : (
        <Chip
          size="small"
          color={COLOUR[clock.state]}
          variant={running ? 'filled' : 'outlined'}
          icon={running ? clock.state === 'overdue' ? <OverdueIcon /> : <TimerIcon /> : undefined}
          label={text}
        />
      )}
    </Stack>
  );
};
