import { useRef, useState } from 'react';
import { useDataProvider, type Identifier } from 'react-admin';
import type { KoletDataProvider } from '../dataProvider.ts';
import { errorCode, errorStatus } from '../httpClient.ts';

/** Why an action did not happen, as the API said it (`{message, code, errors?}`). */
export interface ActionFailure {
  status: number | undefined;
  code: string | undefined;
  /** The API's message, or the `errors.<code>` key httpClient put in its place. */
  message: string;
  /** The API's own words (English), e.g. with the amounts of a cap. */
  serverMessage: string | undefined;
  /** 400: the API's message per field. */
  fields: Record<string, string>;
}

export type ActionOutcome<Result> = { ok: true; data: Result } | { ok: false; failure: ActionFailure };

export function toActionFailure(error: unknown): ActionFailure {
  const body = (error as { body?: { errors?: unknown; message?: unknown } } | null)?.body;
  const fields = body && typeof body.errors === 'object' && body.errors !== null ? (body.errors as Record<string, string>) : {};
  const message = error instanceof Error && error.message ? error.message : 'ra.notification.http_error';
  const serverMessage = body && typeof body.message === 'string' ? body.message : undefined;
  return { status: errorStatus(error), code: errorCode(error), message, serverMessage, fields };
}

/**
 * One Idempotency-Key per dialog: drawn when the dialog opens and reused when the same
 * confirmation is retried (a lost answer never moves money twice); a changed body gets a new
 * one, since the API refuses a key reused for another body (docs/MONEY.md §1 "Idempotency").
 * `send` makes the call; the hook keeps the running state and the failure for the dialog.
 */
export function useKeyedAttempt<Result>(send: (body: object, idempotencyKey: string) => Promise<Result>) {
  const attempt = useRef<{ key: string; body: string | null }>({ key: crypto.randomUUID(), body: null });
  const [isPending, setPending] = useState(false);
  const [failure, setFailure] = useState<ActionFailure | null>(null);

  /** The API's answer, or why it failed (also kept in `failure`, for the dialog to show). */
  const run = async (body: object): Promise<ActionOutcome<Result>> => {
    const fingerprint = JSON.stringify(body);
    if (attempt.current.body !== null && attempt.current.body !== fingerprint) attempt.current = { key: crypto.randomUUID(), body: null };
    attempt.current.body = fingerprint;
    setPending(true);
    setFailure(null);
    try {
      return { ok: true, data: await send(body, attempt.current.key) };
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

/** `POST /api/<resource>/<id>/<action>`, pessimistic, for a dialog's lifetime (useKeyedAttempt). */
export function useIdempotentAction<Result>(resource: string, id: Identifier, action: string) {
  const dataProvider = useDataProvider<KoletDataProvider>();
  return useKeyedAttempt<Result>(
    async (body, idempotencyKey) => (await dataProvider.action<Result>(resource, id, action, body, { idempotencyKey })).data,
  );
}
