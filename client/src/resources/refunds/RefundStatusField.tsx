import { Chip, type ChipProps } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import type { Refund, RefundStatus } from './refundTypes.ts';

export const REFUND_STATUS_COLORS: Record<RefundStatus, ChipProps['color']> = {
  requested: 'warning',
  awaiting_second_approval: 'info',
  approved: 'primary',
  failed: 'error',
  paid_out: 'success',
  rejected: 'default',
  payout_pending: 'info',
  closed: 'default',
};

/** The case's status as a coloured chip. */
export const RefundStatusField = (_props: FieldProps<Refund>) => {
  const record = useRecordContext<Refund>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Chip
      size="small"
      color={REFUND_STATUS_COLORS[record.status]}
      label={translate(`enums.refund_status.${record.status}`)}
      data-testid="refund-status"
    />
  );
};
