import { useRef, useState } from 'react';
import { useDataProvider, useNotify, useRefresh } from 'react-admin';
import type { KoletDataProvider } from '../../dataProvider.ts';
import { errorStatus } from '../../httpClient.ts';
import { errorsOf, type ImportReport } from './importTypes.ts';

/** The CSV import's dry run (the report) and, only without errors, the import itself. */
export function useImportPlans(countryCode: string, onDone: () => void) {
  const dataProvider = useDataProvider<KoletDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const attempt = useRef<{ key: string; csv: string | null }>({ key: crypto.randomUUID(), csv: null });
  const [report, setReport] = useState<ImportReport | null>(null);
  const [isPending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const send = async (csv: string, dryRun: boolean) => {
    setPending(true);
    setError(null);
    if (!dryRun && attempt.current.csv !== null && attempt.current.csv !== csv) attempt.current = { key: crypto.randomUUID(), csv: null };
    if (!dryRun) attempt.current.csv = csv;
    try {
      const options = dryRun ? {} : { idempotencyKey: attempt.current.key };
      const { data } = await dataProvider.action<ImportReport>('countries', countryCode, 'plans-import', { csv, dryRun }, options);
      setReport(data);
      if (!dryRun) {
        notify('resources.countries.csv.imported', {
          type: 'success',
          messageArgs: { created: data.created.length, updated: data.updated.length },
        });
        refresh();
        onDone();
      }
    } catch (e) {
      // 422: lines in error, nothing imported; show them in the report.
      const errors = errorStatus(e) === 422 ? errorsOf((e as { body?: unknown }).body) : null;
      if (errors && report) setReport({ ...report, errors });
      else setError(e instanceof Error ? e.message : 'ra.notification.http_error');
    } finally {
      setPending(false);
    }
  };

  return {
    report,
    isPending,
    error,
    check: (csv: string) => send(csv, true),
    apply: (csv: string) => send(csv, false),
    reset: () => {
      setReport(null);
      setError(null);
    },
  };
}
