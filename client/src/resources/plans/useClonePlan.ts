import { useState } from 'react';
import { useDataProvider, useNotify, type Identifier } from 'react-admin';
import type { KoletDataProvider } from '../../dataProvider.ts';
import type { CloneResult, Plan } from './planTypes.ts';

/** `POST /api/plans/:id/clone {countryCodes}`: draft copies of a plan, one per country. */
export function useClonePlan(planId: Identifier) {
  const dataProvider = useDataProvider<KoletDataProvider>();
  const notify = useNotify();
  const [created, setCreated] = useState<Plan[] | null>(null);
  const [isPending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const clone = async (countryCodes: string[]) => {
    setPending(true);
    setError(null);
    try {
      const { data } = await dataProvider.action<CloneResult>('plans', planId, 'clone', { countryCodes });
      setCreated(data.created);
      notify('resources.plans.clone.done', { type: 'success', messageArgs: { smart_count: data.created.length } });
    } catch (e) {
      setError(e instanceof Error ? e.message : 'ra.notification.http_error');
    } finally {
      setPending(false);
    }
  };
  return { clone, created, isPending, error };
}
