import { useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { KoletDataProvider } from '../dataProvider.ts';
import type { ReportPeriod, TransparencyReport } from './reportTypes.ts';

export const reportQuery = ({ from, to }: ReportPeriod) => `dsa/transparency-report?from=${from}&to=${to}`;

/** `GET /api/dsa/transparency-report?from&to` (Art. 15(1)(b),(d), 24(1)). */
export function useTransparencyReport(period: ReportPeriod, enabled: boolean) {
  const dataProvider = useDataProvider<KoletDataProvider>();
  return useQuery({
    queryKey: ['dsa-transparency-report', period.from, period.to],
    queryFn: async () => (await dataProvider.get<TransparencyReport>(reportQuery(period))).data,
    enabled,
  });
}
