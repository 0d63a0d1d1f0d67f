import { Typography } from '@mui/material';
import { useFieldValue, useTranslate, type FieldProps } from 'react-admin';
import { formatEuros } from '../units.ts';
import { useLocale } from './useLocale.ts';

/** An integer amount in euro cents (`amountCents`, `priceCents`…) shown as euros in the current locale. */
export const MoneyField = (props: FieldProps) => {
  const value: unknown = useFieldValue(props);
  const locale = useLocale();
  const translate = useTranslate();
  const text =
    typeof value === 'number' ? formatEuros(value, locale) : props.emptyText ? translate(props.emptyText, { _: props.emptyText }) : '';
  return (
    <Typography component="span" variant="body2" className={props.className} sx={{ whiteSpace: 'nowrap' }}>
      {text}
    </Typography>
  );
};
