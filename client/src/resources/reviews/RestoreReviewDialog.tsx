import { Alert } from '@mui/material';
import { TextInput, useTranslate } from 'react-admin';
import { atLeastChars } from '../../components/textValidators.ts';
import { NoteEcho } from './NoteEcho.tsx';
import { ReviewActionDialog } from './ReviewActionDialog.tsx';
import type { Review } from './reviewTypes.ts';
import { useReviewAction } from './useReviewAction.ts';

interface RestoreValues extends Record<string, unknown> {
  note: string | null;
}

/** `POST /api/reviews/:id/restore {note}`: publishes a removed review again; the author is told. */
export const RestoreReviewDialog = ({ review, onClose }: { review: Review; onClose: () => void }) => {
  const translate = useTranslate();
  const action = useReviewAction(review, 'restore');

  const confirm = async (values: RestoreValues) => {
    const restored = await action.confirm(
      { note: values.note?.trim() ?? '' },
      { message: 'resources.reviews.restore.success', args: { id: review.id } },
    );
    if (restored) onClose();
  };

  return (
    <ReviewActionDialog<RestoreValues>
      action={action}
      labels="restore"
      reviewId={review.id}
      noticeId={null}
      initialValues={{ note: null }}
      fields={
        <TextInput
          source="note"
          label="resources.reviews.form.note"
          multiline
          minRows={2}
          fullWidth
          validate={atLeastChars(3)}
          helperText={translate('resources.reviews.restore.note_hint')}
        />
      }
      question={(values) => (
        <>
          <Alert severity="warning" data-testid="restore-question">
            {translate('resources.reviews.restore.question', { id: review.id })}
          </Alert>
          <NoteEcho note={values.note} />
        </>
      )}
      onConfirm={(values) => void confirm(values)}
      onClose={onClose}
    />
  );
};
