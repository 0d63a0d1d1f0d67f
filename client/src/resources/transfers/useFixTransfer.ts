import { useState } from 'react';
import { useDataProvider, useNotify, useRefresh, type Identifier } from 'react-admin';
import { useKeyedAttempt, type ActionFailure } from '../../components/useIdempotentAction.ts';
import type { KoletDataProvider } from '../../dataProvider.ts';
import type { FixReason } from './fixReasons.ts';
import type { FixedTransfer, FixKind } from './transferTypes.ts';

/** `POST transfers/:id/redirect {email, …}` or `reverse {intendedEmail, …}`. */
export interface FixBody {
  reasonCode: FixReason;
  reason: string;
  email?: string;
  intendedEmail?: string;
  /** An admin fixing a transfer for a reason other than an address error. */
  overrideReason?: string;
}

/** Why the fix did not happen, as the API said it (the fields of a 400 included). */
export type FixFailure = ActionFailure;

/**
 * `POST /api/transfers/:id/{redirect,reverse}`, pessimistic, with the one Idempotency-Key rule of
 * every dialog (useKeyedAttempt): the same key when the same confirmation is retried (a lost answer
 * never moves data twice), a new one once the agent changed what is asked.
 */
export function useFixTransfer(id: Identifier) {
  const dataProvider = useDataProvider<KoletDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [result, setResult] = useState<FixedTransfer | null>(null);
  const attempt = useKeyedAttempt<FixedTransfer>(async (request, idempotencyKey) => {
    const { kind, body } = request as { kind: FixKind; body: FixBody };
    return (await dataProvider.action<FixedTransfer>('transfers', id, kind, body, { idempotencyKey })).data;
  });

  const fix = async (kind: FixKind, body: FixBody) => {
    const outcome = await attempt.run({ kind, body });
    if (outcome.ok) {
      setResult(outcome.data);
      notify('resources.transfers.fix.success', { type: 'success' });
      refresh();
    } else if (outcome.failure.code === 'transfer_already_fixed') {
      // Someone else fixed it first: show the record as it is now.
      refresh();
    }
  };

  return { fix, isPending: attempt.isPending, result, failure: attempt.failure, clearFailure: attempt.clearFailure };
}
