import { Chip, Stack, Typography } from '@mui/material';
import { useFieldValue, useTranslate, type FieldProps } from 'react-admin';

interface TdbCodesFieldProps extends FieldProps {
  /** Which vocabulary labels the codes: `tdb.<kind>.<code>` (the code itself when unlabelled). */
  kind: 'category' | 'keyword' | 'visibility';
  /** Shown when the array is empty or absent. */
  emptyText?: string;
}

/** An array of Transparency Database codes (categories, keywords, restrictions) as labelled chips. */
export const TdbCodesField = ({ kind, emptyText = '—', ...props }: TdbCodesFieldProps) => {
  const translate = useTranslate();
  const value: unknown = useFieldValue(props);
  const codes = Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  if (!codes.length)
    return (
      <Typography variant="body2" component="span">
        {translate(emptyText, { _: emptyText })}
      </Typography>
    );
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {codes.map((code) => (
        <Chip key={code} size="small" variant="outlined" label={translate(`tdb.${kind}.${code}`, { _: code })} title={code} />
      ))}
    </Stack>
  );
};
