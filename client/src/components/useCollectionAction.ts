import { API_URL } from '../dataProvider.ts';
import { httpClient } from '../httpClient.ts';
import { useKeyedAttempt } from './useIdempotentAction.ts';

/**
 * `POST /api/<resource>/<action>`: a collection action (no record id, e.g. `reviews/dismiss-reports`),
 * for a dialog's lifetime, with useIdempotentAction's Idempotency-Key rule and failure handling.
 */
export function useCollectionAction<Result>(resource: string, action: string) {
  return useKeyedAttempt<Result>(async (body, idempotencyKey) => {
    const headers = new Headers({ 'Content-Type': 'application/json', 'Idempotency-Key': idempotencyKey });
    const { json } = await httpClient(`${API_URL}/${resource}/${action}`, { method: 'POST', body: JSON.stringify(body), headers });
    return json as Result;
  });
}
