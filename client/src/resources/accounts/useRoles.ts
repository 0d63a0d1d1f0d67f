import { usePermissions } from 'react-admin';
import { canUse, mayRunAction, type ResourceName } from '../../../../server/domain/permissions.ts';
import type { Role } from '../../../../server/domain/enums.ts';

/** The staff member's roles, and the two questions the 360 asks of them (only hides UI: the API enforces). */
export function useRoles() {
  const { permissions, isPending } = usePermissions<Role[]>();
  const roles = permissions ?? [];
  return {
    isPending,
    /** Support's actions on the account (blocks, deactivation, alert rules). */
    isSupport: !isPending && mayRunAction(roles, 'account-plans.block'),
    reads: (resource: ResourceName) => !isPending && canUse(roles, resource, 'read'),
    can: (resource: ResourceName, verb: 'create' | 'update' | 'delete') => !isPending && canUse(roles, resource, verb),
  };
}
