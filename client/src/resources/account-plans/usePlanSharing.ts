import { useQuery } from '@tanstack/react-query';
import { useDataProvider, type Identifier } from 'react-admin';
import type { KoletDataProvider } from '../../dataProvider.ts';
import type { EsimMove, PlanSendable } from './sendableTypes.ts';

/**
 * `GET /api/account-plans/:id/sendable` and `…/esim-moves` (support, finance): what the plan can send
 * now and why not, and the eSIMs it moved between. Reloaded with the record (useRefresh).
 */
export function usePlanSharing(id: Identifier | undefined) {
  const dataProvider = useDataProvider<KoletDataProvider>();
  const path = (what: string) => `account-plans/${encodeURIComponent(String(id))}/${what}`;
  const sendable = useQuery({
    queryKey: ['account-plans', 'sendable', String(id)],
    queryFn: async () => (await dataProvider.get<PlanSendable>(path('sendable'))).data,
    enabled: id !== undefined,
    retry: false,
  });
  const moves = useQuery({
    queryKey: ['account-plans', 'esim-moves', String(id)],
    queryFn: async () => (await dataProvider.get<EsimMove[]>(path('esim-moves'))).data,
    enabled: id !== undefined,
    retry: false,
  });
  return { sendable, moves };
}
