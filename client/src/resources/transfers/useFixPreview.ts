import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useDataProvider, type Identifier } from 'react-admin';
import type { KoletDataProvider } from '../../dataProvider.ts';
import type { FixPreview } from './transferTypes.ts';

/**
 * `GET /api/transfers/:id/fix-preview[?email=]`: what a fix would recover now and where it would go.
 * The previous answer stays shown while the one for a newly chosen address loads.
 */
export function useFixPreview(id: Identifier, email: string | undefined) {
  const dataProvider = useDataProvider<KoletDataProvider>();
  const query = email ? `?email=${encodeURIComponent(email)}` : '';
  return useQuery({
    queryKey: ['transfers', 'fix-preview', id, email ?? null],
    queryFn: async () => (await dataProvider.get<FixPreview>(`transfers/${encodeURIComponent(String(id))}/fix-preview${query}`)).data,
    placeholderData: keepPreviousData,
    retry: false,
  });
}
