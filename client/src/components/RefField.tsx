import { ReferenceField, TextField, usePermissions, type ReferenceFieldProps } from 'react-admin';
import { canUse, RESOURCES, type ResourceName } from '../../../server/domain/permissions.ts';
import type { Role } from '../../../server/domain/enums.ts';

/**
 * A ReferenceField that only fetches what the staff member may read: a moderator looking
 * at a review sees the order's id, not a 403 (moderators see no payment data).
 */
export const RefField = (props: ReferenceFieldProps) => {
  const { permissions, isPending } = usePermissions<Role[]>();
  if (isPending) return null;
  const reference = props.reference as ResourceName;
  const readable = (RESOURCES as readonly string[]).includes(reference) && canUse(permissions ?? [], reference, 'read');
  if (!readable) return <TextField source={props.source} emptyText={props.emptyText} />;
  return <ReferenceField link="show" {...props} />;
};
