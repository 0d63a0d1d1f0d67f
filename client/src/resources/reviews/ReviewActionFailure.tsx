import { Button } from '@mui/material';
import { Link, useTranslate } from 'react-admin';
import { ActionFailureAlert } from '../../components/ActionFailureAlert.tsx';
import type { ActionFailure } from '../../components/useIdempotentAction.ts';

interface ReviewActionFailureProps {
  failure: ActionFailure | null;
  /** The undecided DSA notice on the review, when its reports name one: where the moderator must go instead. */
  noticeId?: number | null;
}

/**
 * Why a review action was refused, in the moderator's words when the code has a label, with the
 * API's own message below. On 409 `open_dsa_notice`, a link to the notice that must be decided instead.
 */
export const ReviewActionFailure = ({ failure, noticeId }: ReviewActionFailureProps) => {
  const translate = useTranslate();
  if (!failure) return null;
  return (
    <>
      <ActionFailureAlert failure={failure} codes="resources.reviews.errors" fields="resources.reviews.form" />
      {failure.code === 'open_dsa_notice' && noticeId != null && (
        <Button component={Link} to={`/dsa-notices/${noticeId}/show`} sx={{ mt: 1 }} data-testid="open-dsa-notice-link">
          {translate('resources.reviews.errors.open_notice_link', { id: noticeId })}
        </Button>
      )}
    </>
  );
};
