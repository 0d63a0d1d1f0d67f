import { Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import type { Transfer } from './transferTypes.ts';

/** When and by whom a transfer was fixed (support cannot read the staff list: the id is what the API gives). */
export const TransferFixedField = (_props: FieldProps<Transfer>) => {
  const record = useRecordContext<Transfer>();
  const translate = useTranslate();
  if (!record?.fixedAt) return null;
  return (
    <Stack>
      <DateTimeField source="fixedAt" />
      {record.fixedByStaffId !== null && (
        <Typography variant="caption" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
          {translate('resources.transfers.list.fixed_by', { id: record.fixedByStaffId })}
        </Typography>
      )}
    </Stack>
  );
};
