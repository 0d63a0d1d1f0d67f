import { Chip, Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import { DayField } from '../../components/DateTimeField.tsx';

interface Flagger {
  id: number;
  validUntil: string | null;
}

/** The end of the designation (Art. 22(2)), flagged once past: the flagger's notices then lose their priority. */
export const ValidUntilField = (_props: FieldProps<Flagger>) => {
  const flagger = useRecordContext<Flagger>();
  const translate = useTranslate();
  if (!flagger) return null;
  if (!flagger.validUntil)
    return (
      <Typography variant="body2" component="span">
        {translate('resources.trusted-flaggers.no_end')}
      </Typography>
    );
  const expired = flagger.validUntil < new Date().toISOString().slice(0, 10);
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
      <DayField source="validUntil" />
      {expired && (
        <Chip size="small" color="warning" label={translate('resources.trusted-flaggers.expired')} data-testid="flagger-expired" />
      )}
    </Stack>
  );
};
