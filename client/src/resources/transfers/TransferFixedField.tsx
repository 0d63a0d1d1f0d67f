import { Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { useStaffName } from '../../components/StaffName.tsx';
import type { Transfer } from './transferTypes.ts';

/** When and by whom a transfer was fixed (the name from the staff directory). */
export const TransferFixedField = (_props: FieldProps<Transfer>) => {
  const record = useRecordContext<Transfer>();
  const translate = useTranslate();
  const name = useStaffName(record?.fixedByStaffId);
  if (!record?.fixedAt) return null;
  return (
    <Stack>
      <DateTimeField source="fixedAt" />
      {record.fixedByStaffId !== null && (
        <Typography variant="caption" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
          {translate('resources.transfers.list.fixed_by', { name })}
        </Typography>
      )}
    </Stack>
  );
};
