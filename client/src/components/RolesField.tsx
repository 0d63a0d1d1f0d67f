import { Chip, Stack } from '@mui/material';
import { useFieldValue, useTranslate, type FieldProps } from 'react-admin';

/** An array of staff roles as translated chips (staff.roles, audit-log.actorRoles). */
export const RolesField = (props: FieldProps) => {
  const value: unknown = useFieldValue(props);
  const translate = useTranslate();
  if (!Array.isArray(value)) return null;
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {value.map((role) => (
        <Chip key={String(role)} size="small" label={translate(`enums.role.${String(role)}`, { _: String(role) })} />
      ))}
    </Stack>
  );
};
