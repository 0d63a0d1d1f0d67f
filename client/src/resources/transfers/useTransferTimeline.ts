import { useQuery } from '@tanstack/react-query';
import { useDataProvider, type Identifier } from 'react-admin';
import type { KoletDataProvider } from '../../dataProvider.ts';
import type { TransferTimeline } from './transferTypes.ts';

/** `GET /api/transfers/:id/timeline`, cached under the transfer: useRefresh() reloads it with the record. */
export function useTransferTimeline(id: Identifier | undefined) {
  const dataProvider = useDataProvider<KoletDataProvider>();
  return useQuery({
    queryKey: ['transfers', 'timeline', id],
    queryFn: async () => (await dataProvider.get<TransferTimeline>(`transfers/${encodeURIComponent(String(id))}/timeline`)).data,
    enabled: id !== undefined,
  });
}
