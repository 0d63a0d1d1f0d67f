import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useDataProvider, type Identifier } from 'react-admin';
import type { KoletDataProvider } from '../../dataProvider.ts';
import type { AccountOverview } from './accountTypes.ts';

export const overviewKey = (id: Identifier | undefined) => ['accounts', 'overview', String(id)] as const;

/** `GET /api/accounts/:id/overview`: the whole customer 360 in one call (docs/ACCOUNTS.md). */
export function useAccountOverview(id: Identifier | undefined) {
  const dataProvider = useDataProvider<KoletDataProvider>();
  return useQuery({
    queryKey: overviewKey(id),
    queryFn: async () => (await dataProvider.get<AccountOverview>(`accounts/${encodeURIComponent(String(id))}/overview`)).data,
    enabled: id !== undefined && id !== '',
  });
}

/** Reloads the 360 after an action (block, alert rule…): everything on the page comes from it. */
export function useRefetchOverview(id: Identifier | undefined) {
  const queryClient = useQueryClient();
  return useCallback(() => queryClient.invalidateQueries({ queryKey: overviewKey(id) }), [queryClient, id]);
}
