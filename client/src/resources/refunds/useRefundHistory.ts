import { useQuery } from '@tanstack/react-query';
import { useDataProvider, usePermissions, type Identifier } from 'react-admin';
import { mayQuery } from '../../../../server/domain/permissions.ts';
import type { Role } from '../../../../server/domain/enums.ts';
import type { KoletDataProvider } from '../../dataProvider.ts';
import type { RefundHistory } from './refundTypes.ts';

/**
 * `GET /api/refunds/:id/history`, cached under the refund: useRefresh() reloads it with the record.
 * Finance's view (support reads the case, not its approvals and payouts): not asked for otherwise.
 */
export function useRefundHistory(id: Identifier | undefined) {
  const dataProvider = useDataProvider<KoletDataProvider>();
  const { permissions, isPending } = usePermissions<Role[]>();
  const allowed = !isPending && mayQuery(permissions ?? [], 'refunds.history');
  const query = useQuery({
    queryKey: ['refunds', 'history', id],
    queryFn: async () => (await dataProvider.get<RefundHistory>(`refunds/${encodeURIComponent(String(id))}/history`)).data,
    enabled: id !== undefined && allowed,
  });
  return { ...query, allowed, permissionsPending: isPending };
}
