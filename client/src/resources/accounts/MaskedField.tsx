import VisibilityOffIcon from '@mui/icons-material/VisibilityOff';
import { Stack, Typography } from '@mui/material';
import { useFieldValue, useTranslate, type FieldProps } from 'react-admin';

/** A personal field as the API returned it; when the role sees it masked, says so (the API masks, not the console). */
export const MaskedField = ({ masked, ...props }: FieldProps & { masked: boolean }) => {
  const value: unknown = useFieldValue(props);
  const translate = useTranslate();
  const text = typeof value === 'string' && value !== '' ? value : '—';
  return (
    <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }} component="span">
      <Typography component="span" variant="body2" sx={{ overflowWrap: 'anywhere' }}>
        {text}
      </Typography>
      {masked && (
        <Typography
          component="span"
          variant="caption"
          color="text.secondary"
          sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.25 }}
          data-testid={`masked-${String(props.source)}`}
        >
          <VisibilityOffIcon sx={{ fontSize: 14 }} aria-hidden />
          {translate('resources.accounts.show.masked')}
        </Typography>
      )}
    </Stack>
  );
};
