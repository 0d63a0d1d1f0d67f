import type { MouseEvent } from 'react';
import { Link, useCreatePath, useFieldValue, type FieldProps } from 'react-admin';
import { Typography } from '@mui/material';

/** Another account's id, linking to its 360 without fetching it (its e-mail may be masked anyway). */
export const AccountLinkField = (props: FieldProps) => {
  const value: unknown = useFieldValue(props);
  const createPath = useCreatePath();
  if (typeof value !== 'number')
    return (
      <Typography component="span" variant="body2">
        —
      </Typography>
    );
  return (
    <Link to={createPath({ resource: 'accounts', id: value, type: 'show' })} onClick={(e: MouseEvent) => e.stopPropagation()}>
      #{value}
    </Link>
  );
};
