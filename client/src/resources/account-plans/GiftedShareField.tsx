import { Typography } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import { useDataText } from '../../components/useDataText.ts';

/** The gifted part of a ledger entry ("+1 GB"), with the gifted data left after it below; empty when the entry moved no gifted data. */
export const GiftedShareField = (_props: FieldProps) => {
  const entry = useRecordContext<{ id: number; giftedDeltaMb: number; giftedAfterMb: number }>();
  const translate = useTranslate();
  const data = useDataText();
  if (!entry || !entry.giftedDeltaMb) return null;
  return (
    <Typography
      component="span"
      variant="body2"
      sx={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}
      data-testid={`ledger-gifted-${entry.id}`}
    >
      {data(entry.giftedDeltaMb, { signed: true })}
      <Typography component="span" variant="caption" color="text.secondary" sx={{ display: 'block' }}>
        {translate('resources.ledger-entries.gifted_after', { amount: data(entry.giftedAfterMb) })}
      </Typography>
    </Typography>
  );
};
