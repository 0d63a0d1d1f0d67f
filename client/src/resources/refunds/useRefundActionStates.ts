import { useGetIdentity, usePermissions } from 'react-admin';
import type { Role } from '../../../../server/domain/enums.ts';
import { refundActionStates } from './refundActionStates.ts';
import { useRefundCase } from './useRefundCase.ts';
import { useRefundHistory } from './useRefundHistory.ts';

/** The case's actions for the signed-in staff member, with the facts they depend on. */
export function useRefundActionStates() {
  const { refund, order } = useRefundCase();
  const { permissions } = usePermissions<Role[]>();
  const { identity } = useGetIdentity();
  const history = useRefundHistory(refund?.id);
  const staffId = identity?.id === undefined ? undefined : Number(identity.id);
  // Without the history (it failed to load) the API still refuses a second approval by the same person.
  const approvals = history.data?.approvals ?? (history.error ? [] : undefined);
  const states = refund ? refundActionStates(refund, { roles: permissions ?? [], staffId, approvals, order }) : [];
  return { refund, order, approvals, staffId, states };
}
