import { Chip, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { metDeadline, urgencyOf } from './refundDeadline.ts';
import { RefundUrgencyChip } from './RefundUrgencyChip.tsx';
import { useFormatters } from './useFormatters.ts';

interface ClockValueProps {
  deadline: string | null;
  /** When the step was done; null while the clock runs. */
  doneAt: string | null;
  /** Whether this clock is the one running now (only then can it be overdue). */
  running: boolean;
}

/** A legal deadline: highlighted while it runs (overdue, due today), or marked met or late once the step is done. */
export const ClockValue = ({ deadline, doneAt, running }: ClockValueProps) => {
  const translate = useTranslate();
  const { time } = useFormatters();
  if (!deadline)
    return (
      <Typography variant="body2" component="span">
        —
      </Typography>
    );
  const urgency = running ? urgencyOf(deadline) : null;
  const met = metDeadline(doneAt, deadline);
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
      <Typography
        variant="body2"
        component="span"
        sx={{
          fontWeight: urgency ? 600 : undefined,
          color: urgency === 'overdue' ? 'error.main' : urgency === 'due_today' ? 'warning.dark' : undefined,
        }}
      >
        {time(deadline)}
      </Typography>
      <RefundUrgencyChip urgency={urgency} />
      {met !== null && (
        <Chip
          size="small"
          variant="outlined"
          color={met ? 'success' : 'error'}
          label={translate(met ? 'resources.refunds.clocks.met' : 'resources.refunds.clocks.late')}
        />
      )}
    </Stack>
  );
};
