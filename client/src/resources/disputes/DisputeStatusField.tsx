import { Chip } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';

const COLORS = { open: 'warning', won: 'success', lost: 'error' } as const;

export const DisputeStatusField = (_props: FieldProps) => {
  const record = useRecordContext<{ id: number; status: keyof typeof COLORS }>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Chip
      size="small"
      color={COLORS[record.status]}
      label={translate(`enums.dispute_status.${record.status}`)}
      data-testid="dispute-status"
    />
  );
};
