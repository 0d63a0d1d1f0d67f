import { useState } from 'react';
import { useDataProvider, useRefresh } from 'react-admin';
import { toActionFailure, type ActionFailure } from '../../components/useIdempotentAction.ts';
import type { KoletDataProvider } from '../../dataProvider.ts';
import type { DsaNotice } from './noticeTypes.ts';

/**
 * `POST /api/dsa-notices/:id/claim` or `/release` (`{}`). No Idempotency-Key: each click is a new
 * intent (claim, release, claim again), which one key would replay. The page refreshes either way:
 * on 409 `locked_by_other` or `already_decided` it then shows who holds the notice, or its decision.
 */
export function useNoticeClaim(notice: DsaNotice) {
  const dataProvider = useDataProvider<KoletDataProvider>();
  const refresh = useRefresh();
  const [pending, setPending] = useState<'claim' | 'release' | null>(null);
  const [failure, setFailure] = useState<ActionFailure | null>(null);

  const run = async (action: 'claim' | 'release') => {
    setPending(action);
    setFailure(null);
    try {
      await dataProvider.action<DsaNotice>('dsa-notices', notice.id, action, {});
    } catch (error) {
      setFailure(toActionFailure(error));
    } finally {
      setPending(null);
      refresh();
    }
  };

  return { run, pending, failure };
}
