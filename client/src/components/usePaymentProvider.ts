import { useQuery } from '@tanstack/react-query';
import { httpClient } from '../httpClient.ts';

/**
 * The deployment's payment provider, as `GET /api/auth/me` says: `stripe` (refunds are sent through the
 * provider by the payouts worker) or `manual` (finance refunds in the provider's dashboard and types the
 * reference). Undefined while loading.
 */
export function usePaymentProvider(): 'stripe' | 'manual' | undefined {
  const { data } = useQuery({
    queryKey: ['payment-provider'],
    staleTime: 5 * 60_000,
    queryFn: async () => ((await httpClient('/api/auth/me')).json as { paymentProvider?: string }).paymentProvider ?? 'manual',
  });
  if (data === undefined) return undefined;
  return data === 'manual' ? 'manual' : 'stripe';
}
