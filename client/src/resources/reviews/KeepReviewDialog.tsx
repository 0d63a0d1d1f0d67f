import { Alert } from '@mui/material';
import { TextInput, useTranslate } from 'react-admin';
import { NoteEcho } from './NoteEcho.tsx';
import { ReviewActionDialog } from './ReviewActionDialog.tsx';
import type { Review } from './reviewTypes.ts';
import { useReviewAction } from './useReviewAction.ts';

interface KeepValues extends Record<string, unknown> {
  note: string | null;
}

/** `POST /api/reviews/:id/keep {note?}`: the review stays, its open reports are dismissed and the reporters told. */
export const KeepReviewDialog = ({ review, noticeId, onClose }: { review: Review; noticeId: number | null; onClose: () => void }) => {
  const translate = useTranslate();
  const action = useReviewAction(review, 'keep');

  const confirm = async (values: KeepValues) => {
    const note = values.note?.trim();
    const kept = await action.confirm(note ? { note } : {}, { message: 'resources.reviews.keep.success', args: { id: review.id } });
    if (kept) onClose();
  };

  return (
    <ReviewActionDialog<KeepValues>
      action={action}
      labels="keep"
      reviewId={review.id}
      noticeId={noticeId}
      initialValues={{ note: null }}
      fields={
        <TextInput
          source="note"
          label="resources.reviews.form.note"
          multiline
          minRows={2}
          fullWidth
          helperText={translate('resources.reviews.keep.note_hint')}
        />
      }
      question={(values) => (
        <>
          <Alert severity="info" data-testid="keep-question">
            {translate('resources.reviews.keep.question', { id: review.id, smart_count: review.reportCount })}
          </Alert>
          <NoteEcho note={values.note} />
        </>
      )}
      onConfirm={(values) => void confirm(values)}
      onClose={onClose}
    />
  );
};
