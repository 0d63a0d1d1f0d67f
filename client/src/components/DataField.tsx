import { Typography } from '@mui/material';
import { useFieldValue, useTranslate, type FieldProps } from 'react-admin';
import { formatNumber, splitData } from '../units.ts';
import { useLocale } from './useLocale.ts';

export interface DataFieldProps extends FieldProps {
  /** A null amount means an unlimited plan (plans.dataMb). */
  nullMeansUnlimited?: boolean;
  /** Show a `+` on credits (ledger deltas). */
  signed?: boolean;
}

/** An integer amount of data in MB (`dataMb`, `dataRemainingMb`…) shown in MB or GB (1 GB = 1024 MB). */
export const DataField = ({ nullMeansUnlimited, signed, ...props }: DataFieldProps) => {
  const value: unknown = useFieldValue(props);
  const locale = useLocale();
  const translate = useTranslate();
  let text = '';
  if (typeof value === 'number') {
    const { unit, value: amount } = splitData(value);
    text = translate(`units.${unit}`, { value: formatNumber(amount, locale) });
    if (signed && value > 0) text = `+${text}`;
  } else if (value === null && nullMeansUnlimited) {
    text = translate('units.unlimited');
  }
  return (
    <Typography component="span" variant="body2" className={props.className} sx={{ whiteSpace: 'nowrap' }}>
      {text}
    </Typography>
  );
};
