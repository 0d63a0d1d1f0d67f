import { useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { KoletDataProvider } from '../../dataProvider.ts';
import type { RefundRules } from './refundTypes.ts';

/**
 * `GET /api/refund-rules`: the four-eyes threshold and how far back an agent may date a request,
 * as the dialogs state them (the settings themselves are the admin's). Re-read when a dialog opens.
 */
export function useRefundRules() {
  const dataProvider = useDataProvider<KoletDataProvider>();
  return useQuery({
    queryKey: ['refunds', 'rules'],
    queryFn: async () => (await dataProvider.get<RefundRules>('refund-rules')).data,
    refetchOnMount: 'always',
    retry: false,
  });
}
