import { Box } from '@mui/material';
import { useFieldValue, type FieldProps } from 'react-admin';

/** A JSON value (audit before/after, setting values, payloads) pretty-printed. */
export const JsonField = (props: FieldProps) => {
  const value: unknown = useFieldValue(props);
  if (value === undefined) return null;
  return (
    <Box
      component="pre"
      className={props.className}
      sx={{ m: 0, fontFamily: 'monospace', fontSize: '0.8rem', whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}
    >
      {JSON.stringify(value, null, 2)}
    </Box>
  );
};
