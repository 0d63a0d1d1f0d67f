import { Chip, Stack, Tooltip } from '@mui/material';
import { useFieldValue, useTranslate, type FieldProps } from 'react-admin';
import { ABUSE_FLAGS } from './abuseFlags.ts';

/** A referral's or redemption's abuse flags as chips, each explained on hover; nothing when clean. */
export const AbuseFlagsField = (props: FieldProps) => {
  const value: unknown = useFieldValue({ ...props, source: props.source ?? 'abuseFlags' });
  const translate = useTranslate();
  const flags = Array.isArray(value) ? value.filter((f): f is string => typeof f === 'string') : [];
  if (flags.length === 0) return null;
  return (
    <Stack direction="row" spacing={0.5} sx={{ flexWrap: 'wrap', rowGap: 0.5 }} data-testid="abuse-flags">
      {flags.map((flag) => (
        <Tooltip key={flag} title={translate(`resources.referrals.abuse_flag_hints.${flag}`, { _: flag })}>
          <Chip
            size="small"
            variant="outlined"
            color={(ABUSE_FLAGS as readonly string[]).includes(flag) ? 'warning' : 'default'}
            label={translate(`resources.referrals.abuse_flags.${flag}`, { _: flag })}
          />
        </Tooltip>
      ))}
    </Stack>
  );
};
