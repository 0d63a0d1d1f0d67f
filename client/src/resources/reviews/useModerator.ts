import { usePermissions } from 'react-admin';
import type { Role } from '../../../../server/domain/enums.ts';
import { mayRunAction } from '../../../../server/domain/permissions.ts';

/** Whether the staff member moderates (moderator or admin): support reads reviews but neither their reports nor the actions. */
export function useModerator(): boolean {
  const { permissions, isPending } = usePermissions<Role[]>();
  return !isPending && mayRunAction(permissions ?? [], 'reviews.remove');
}
