import { useRef, useState } from 'react';
import { useDataProvider, useNotify, useRefresh, type Identifier } from 'react-admin';
import type { KoletDataProvider } from '../../dataProvider.ts';
import { errorCode, errorStatus } from '../../httpClient.ts';
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

export interface FixFailure {
  status: number | undefined;
  code: string | undefined;
  message: string;
  /** 400: the API's message per field (`{ email: '…', reasonCode: '…' }`). */
  fields: Record<string, string>;
}

function toFailure(error: unknown): FixFailure {
  const body = (error as { body?: { errors?: unknown } } | null)?.body;
  const fields = body && typeof body.errors === 'object' && body.errors !== null ? (body.errors as Record<string, string>) : {};
  const message = error instanceof Error ? error.message : 'ra.notification.http_error';
  return { status: errorStatus(error), code: errorCode(error), message, fields };
}

/**
 * `POST /api/transfers/:id/{redirect,reverse}`, pessimistic. One Idempotency-Key per dialog,
 * reused when the same confirmation is retried (a lost answer never moves data twice); a new
 * one once the agent changed what is asked, since the API refuses a key reused for another body.
 */
export function useFixTransfer(id: Identifier) {
  const dataProvider = useDataProvider<KoletDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const attempt = useRef<{ key: string; body: string | null }>({ key: crypto.randomUUID(), body: null });
  const [isPending, setPending] = useState(false);
  const [result, setResult] = useState<FixedTransfer | null>(null);
  const [failure, setFailure] = useState<FixFailure | null>(null);

  const fix = async (kind: FixKind, body: FixBody) => {
    const fingerprint = JSON.stringify([kind, body]);
    if (attempt.current.body !== null && attempt.current.body !== fingerprint) attempt.current = { key: crypto.randomUUID(), body: null };
    attempt.current.body = fingerprint;
    setPending(true);
    setFailure(null);
    try {
      const { data } = await dataProvider.action<FixedTransfer>('transfers', id, kind, body, { idempotencyKey: attempt.current.key });
      setResult(data);
      notify('resources.transfers.fix.success', { type: 'success' });
      refresh();
    } catch (error) {
      const failed = toFailure(error);
      setFailure(failed);
      // Someone else fixed it first: show the record as it is now.
      if (failed.code === 'transfer_already_fixed') refresh();
    } finally {
      setPending(false);
    }
  };

  return { fix, isPending, result, failure, clearFailure: () => setFailure(null) };
}
