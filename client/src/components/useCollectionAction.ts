import { useRef, useState } from 'react';
import { API_URL } from '../dataProvider.ts';
import { httpClient } from '../httpClient.ts';
import { toActionFailure, type ActionFailure, type ActionOutcome } from './useIdempotentAction.ts';

/**
 * `POST /api/<resource>/<action>`: a collection action (no record id, e.g. `reviews/dismiss-reports`),
 * for a dialog's lifetime, with the same Idempotency-Key rule and failure handling as
 * useIdempotentAction (a retried confirmation reuses the key, a changed body draws a new one).
 */
export function useCollectionAction<Result>(resource: string, action: string) {
  const attempt = useRef<{ key: string; body: string | null }>({ key: crypto.randomUUID(), body: null });
  const [isPending, setPending] = useState(false);
  const [failure, setFailure] = useState<ActionFailure | null>(null);

  const run = async (body: object): Promise<ActionOutcome<Result>> => {
    const fingerprint = JSON.stringify(body);
    if (attempt.current.body !== null && attempt.current.body !== fingerprint) attempt.current = { key: crypto.randomUUID(), body: null };
    attempt.current.body = fingerprint;
    setPending(true);
    setFailure(null);
    try {
      const headers = new Headers({ 'Content-Type': 'application/json', 'Idempotency-Key': attempt.current.key });
      const { json } = await httpClient(`${API_URL}/${resource}/${action}`, { method: 'POST', body: fingerprint, headers });
      return { ok: true, data: json as Result };
    } catch (error) {
      const failed = toActionFailure(error);
      setFailure(failed);
      return { ok: false, failure: failed };
    } finally {
      setPending(false);
    }
  };

  return { run, isPending, failure, clearFailure: () => setFailure(null) };
}
