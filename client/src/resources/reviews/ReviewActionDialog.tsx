import { useTranslate } from 'react-admin';
import { ActionDialog, type ActionDialogProps } from '../../components/ActionDialog.tsx';
import { ReviewActionFailure } from './ReviewActionFailure.tsx';
import type { ReviewAction } from './useReviewAction.ts';

type Props<Values extends Record<string, unknown>> = Omit<
  ActionDialogProps<Values>,
  'name' | 'reviewLabel' | 'isPending' | 'failure' | 'onBack' | 'confirmLabel' | 'runningLabel' | 'title'
> & {
  action: Pick<ReviewAction, 'isPending' | 'failure' | 'clearFailure'>;
  /** keep, remove or restore: the dialog's name and its labels' section `resources.reviews.<labels>`. */
  labels: 'keep' | 'remove' | 'restore';
  reviewId: number;
  noticeId: number | null;
};

/** The two-step dialog of a review action, with its labels, running state and refusals. */
export function ReviewActionDialog<Values extends Record<string, unknown>>({
  action,
  labels,
  reviewId,
  noticeId,
  ...props
}: Props<Values>) {
  const translate = useTranslate();
  return (
    <ActionDialog<Values>
      {...props}
      name={labels}
      title={translate(`resources.reviews.${labels}.title`, { id: reviewId })}
      reviewLabel={translate('resources.reviews.dialog.review')}
      confirmLabel={translate(`resources.reviews.${labels}.confirm`)}
      runningLabel={translate(`resources.reviews.${labels}.running`)}
      isPending={action.isPending}
      failure={<ReviewActionFailure failure={action.failure} noticeId={noticeId} />}
      onBack={action.clearFailure}
    />
  );
}
