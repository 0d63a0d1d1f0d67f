import { useQuery } from '@tanstack/react-query';
import { useContext } from 'react';
import { DataProviderContext } from 'react-admin';
import type { KoletDataProvider } from '../dataProvider.ts';
import { errorStatus } from '../httpClient.ts';

/** The period the charts cover, in Europe/Paris days. */
export const STATS_DAYS = 30;

/**
 * `GET /api/stats/<path>`. The raw data provider, not useDataProvider(): a 403 on one figure
 * means "not for your role" (the section hides), never a trip to the access-denied page.
 * react-admin's refresh button invalidates these queries with the others.
 */
export function useStats<T>(path: string, enabled = true) {
  const dataProvider = useContext(DataProviderContext) as KoletDataProvider;
  const query = useQuery<T, Error>({
    queryKey: ['kolet-stats', path],
    queryFn: async () => (await dataProvider.get<T>(`stats/${path}`)).data,
    enabled,
    retry: false,
    staleTime: 60_000,
  });
  return { ...query, forbidden: errorStatus(query.error) === 403 };
}
