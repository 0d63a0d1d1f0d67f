import { Typography } from '@mui/material';
import { useFieldValue, type FieldProps } from 'react-admin';
import { useDataText } from './useDataText.ts';

export interface ExactDataFieldProps extends FieldProps {
  /** Show a `+` on credits (ledger deltas). */
  signed?: boolean;
}

/** An integer amount of data in MB shown exactly: "3 GB" when whole, else "1,748 MB". */
export const ExactDataField = ({ signed, ...props }: ExactDataFieldProps) => {
  const value: unknown = useFieldValue(props);
  const dataText = useDataText();
  return (
    <Typography
      component="span"
      variant="body2"
      className={props.className}
      sx={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}
    >
      {typeof value === 'number' ? dataText(value, { signed }) : ''}
    </Typography>
  );
};
