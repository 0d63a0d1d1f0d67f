import { Typography } from '@mui/material';
import { ReferenceField, useFieldValue, usePermissions, useTranslate, type FieldProps } from 'react-admin';
import { canUse } from '../../../../server/domain/permissions.ts';
import type { Role } from '../../../../server/domain/enums.ts';

/** Who set a price: the staff member's name for those who may read staff (admin), else "staff #N". */
export const ChangedByField = (props: FieldProps) => {
  const value: unknown = useFieldValue({ ...props, source: props.source ?? 'changedByStaffId' });
  const { permissions, isPending } = usePermissions<Role[]>();
  const translate = useTranslate();
  if (isPending) return null;
  if (value === null || value === undefined) {
    return <Typography component="span" variant="body2">{translate('resources.plan-prices.system')}</Typography>;
  }
  if (canUse(permissions ?? [], 'staff', 'read')) return <ReferenceField {...props} source={props.source ?? 'changedByStaffId'} reference="staff" link="show" />;
  return <Typography component="span" variant="body2">{translate('resources.plan-prices.staff_number', { id: String(value) })}</Typography>;
};
