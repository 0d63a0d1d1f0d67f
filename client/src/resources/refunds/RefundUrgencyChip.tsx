import { Chip } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { Urgency } from './refundDeadline.ts';

/** "Overdue" (the legal deadline has passed) or "Due today" (before midnight, Paris time). */
export const RefundUrgencyChip = ({ urgency }: { urgency: Urgency | null }) => {
  const translate = useTranslate();
  if (!urgency) return null;
  return (
    <Chip
      size="small"
      color={urgency === 'overdue' ? 'error' : 'warning'}
      label={translate(`resources.refunds.urgency.${urgency}`)}
      data-testid={`refund-${urgency}`}
    />
  );
};
