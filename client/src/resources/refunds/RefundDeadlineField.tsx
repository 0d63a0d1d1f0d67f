import { Chip, Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import { useLocale } from '../../components/useLocale.ts';
import { closedClock, metDeadline, runningDeadline, urgencyOf } from './refundDeadline.ts';
import type { Refund } from './refundTypes.ts';
import { RefundUrgencyChip } from './RefundUrgencyChip.tsx';

/**
 * The deadline the case is running against (decision, then payout), flagged when overdue or due
 * today; on a closed case, its last deadline and whether it was met.
 */
export const RefundDeadlineField = (_props: FieldProps<Refund>) => {
  const record = useRecordContext<Refund>();
  const translate = useTranslate();
  const locale = useLocale();
  if (!record) return null;
  const running = runningDeadline(record);
  const closed = running ? null : closedClock(record);
  const deadline = running ?? closed?.deadline;
  if (!deadline)
    return (
      <Typography variant="body2" component="span">
        —
      </Typography>
    );
  const urgency = urgencyOf(running);
  const met = closed ? metDeadline(closed.doneAt, closed.deadline) : null;
  const text = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(deadline));
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'nowrap' }}>
      <Typography
        variant="body2"
        component="span"
        sx={{
          whiteSpace: 'nowrap',
          fontWeight: urgency ? 600 : undefined,
          color: urgency === 'overdue' ? 'error.main' : urgency === 'due_today' ? 'warning.dark' : closed ? 'text.secondary' : undefined,
        }}
      >
        {text}
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
