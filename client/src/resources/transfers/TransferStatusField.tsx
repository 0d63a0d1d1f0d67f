import { Chip, Stack, type ChipProps } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import type { Transfer, TransferStatus } from './transferTypes.ts';

export const STATUS_COLORS: Record<TransferStatus, ChipProps['color']> = {
  pending: 'warning',
  delivered: 'success',
  redirected: 'info',
  reversed: 'default',
};

/** The status as a coloured chip, and a "Correction" chip on a transfer that corrects another one. */
export const TransferStatusField = (_props: FieldProps<Transfer>) => {
  const record = useRecordContext<Transfer>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Stack direction="row" spacing={0.5} sx={{ flexWrap: 'nowrap' }}>
      <Chip size="small" color={STATUS_COLORS[record.status]} label={translate(`enums.transfer_status.${record.status}`)} />
      {record.correctsTransferId !== null && (
        <Chip size="small" variant="outlined" label={translate('resources.transfers.list.correction')} />
      )}
    </Stack>
  );
};
