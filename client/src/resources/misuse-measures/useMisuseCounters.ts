import { useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { KoletDataProvider } from '../../dataProvider.ts';
import type { MisuseCounter, MisuseSubject } from './misuseTypes.ts';

/** `GET /api/dsa/misuse?subject=…`: who misused the service over the last 12 months, most manifest cases first. */
export function useMisuseCounters(subject: MisuseSubject) {
  const dataProvider = useDataProvider<KoletDataProvider>();
  return useQuery({
    queryKey: ['misuse-measures', 'counters', subject],
    queryFn: async () => (await dataProvider.get<MisuseCounter[]>(`dsa/misuse?subject=${subject}`)).data,
  });
}
