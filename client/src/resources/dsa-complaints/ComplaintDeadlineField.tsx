import { Chip, Stack } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import type { DsaComplaint } from './complaintTypes.ts';

/** The 6-month deadline (Art. 20(1)), flagged when an open complaint has outlived it. */
export const ComplaintDeadlineField = (props: FieldProps<DsaComplaint>) => {
  const complaint = useRecordContext<DsaComplaint>(props);
  const translate = useTranslate();
  if (!complaint) return null;
  const overdue = complaint.status === 'open' && complaint.deadlineAt !== null && new Date(complaint.deadlineAt).getTime() < Date.now();
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
      <DateTimeField source="deadlineAt" emptyText="—" />
      {overdue && <Chip size="small" color="error" label={translate('resources.dsa-complaints.overdue')} data-testid="complaint-overdue" />}
    </Stack>
  );
};
