import { useDataProvider } from 'react-admin';
import type { KoletDataProvider } from '../dataProvider.ts';
import { useKeyedAttempt } from './useIdempotentAction.ts';

/**
 * `POST /api/<resource>/<action>`: a collection action (no record id, e.g. `reviews/dismiss-reports`),
 * through the dataProvider, for a dialog's lifetime, with useIdempotentAction's Idempotency-Key rule.
 */
export function useCollectionAction<Result>(resource: string, action: string) {
  const dataProvider = useDataProvider<KoletDataProvider>();
  return useKeyedAttempt<Result>(
    async (body, idempotencyKey) => (await dataProvider.collectionAction<Result>(resource, action, body, { idempotencyKey })).data,
  );
}
