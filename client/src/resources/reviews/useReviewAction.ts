import { useNotify, useRefresh } from 'react-admin';
import { useIdempotentAction } from '../../components/useIdempotentAction.ts';
import type { Review } from './reviewTypes.ts';

/** The review moved on meanwhile (another moderator, a notice's decision, the retention job): show it as it is now. */
const STALE_CODES = ['not_published', 'not_removed', 'not_reported', 'retention_expired'];

/**
 * A moderation action on a review from its dialog: pessimistic, then refresh the review, its
 * reports and the queue counts. On a refusal the dialog stays open and says why.
 */
export function useReviewAction<Result extends Review = Review>(review: Review, action: 'keep' | 'remove' | 'restore') {
  const act = useIdempotentAction<Result>('reviews', review.id, action);
  const notify = useNotify();
  const refresh = useRefresh();

  /** The review as the API answers it, or null when refused (the failure is in `act.failure`). */
  const confirm = async (body: object, success?: { message: string; args?: Record<string, unknown> }): Promise<Result | null> => {
    const outcome = await act.run(body);
    if (outcome.ok) {
      if (success) notify(success.message, { type: 'success', messageArgs: success.args });
      refresh();
      return outcome.data;
    }
    if (outcome.failure.code && STALE_CODES.includes(outcome.failure.code)) refresh();
    return null;
  };

  return { ...act, confirm };
}

export type ReviewAction = ReturnType<typeof useReviewAction>;
