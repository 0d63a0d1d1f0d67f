import { useQuery } from '@tanstack/react-query';
import { useDataProvider, type Identifier } from 'react-admin';
import type { KoletDataProvider } from '../../dataProvider.ts';
import type { RefundAssessment } from './refundTypes.ts';

export const assessmentKey = (id: Identifier | undefined) => ['refunds', 'assessment', String(id)] as const;

/**
 * `GET /api/refunds/:id/assessment` (finance): the verdict as the customer asked and as it would be
 * decided this instant. Fetched afresh whenever a decision dialog opens, since the customer may
 * have used or sent data meanwhile (docs/RULES.md "Refunds": the decision rests on the facts as they are now).
 */
export function useRefundAssessment(id: Identifier | undefined, enabled = true) {
  const dataProvider = useDataProvider<KoletDataProvider>();
  return useQuery({
    queryKey: assessmentKey(id),
    queryFn: async () => (await dataProvider.get<RefundAssessment>(`refunds/${encodeURIComponent(String(id))}/assessment`)).data,
    enabled: id !== undefined && enabled,
    staleTime: 0,
    refetchOnMount: 'always',
    retry: false,
  });
}
