import { Alert } from '@mui/material';
import { useState } from 'react';
import { BooleanInput, required, SelectInput, TextInput, useTranslate } from 'react-admin';
import { atLeastChars } from '../../components/textValidators.ts';
import { ContentLanguageInput, languageValue } from './ContentLanguageInput.tsx';
import { NoteEcho } from './NoteEcho.tsx';
import { ReviewActionDialog } from './ReviewActionDialog.tsx';
import { removalGroundChoices } from './reviewChoices.ts';
import { ReviewRemovedDialog } from './ReviewRemovedDialog.tsx';
import type { RemovalGround, RemovedReview, Review } from './reviewTypes.ts';
import { useReviewAction } from './useReviewAction.ts';

interface RemoveValues extends Record<string, unknown> {
  ground: RemovalGround | null;
  note: string | null;
  manifestlyIllegal: boolean;
  /** The text's language for the statement: detected, correctable (undefined until the detection answers). */
  contentLanguage?: string | null;
}

/** The API's minimum: the note is the explanation of the statement of reasons, no boilerplate. */
const NOTE_MIN = 10;

/**
 * `POST /api/reviews/:id/remove {ground, note, manifestlyIllegal?}`: hides the review on a GCU §8 ground
 * and issues a statement of reasons, sent to the author with the redress options; then links to it.
 */
export const RemoveReviewDialog = ({ review, noticeId, onClose }: { review: Review; noticeId: number | null; onClose: () => void }) => {
  const translate = useTranslate();
  const t = (key: string, args?: Record<string, unknown>) => translate(`resources.reviews.remove.${key}`, args);
  const action = useReviewAction<RemovedReview>(review, 'remove');
  const [removed, setRemoved] = useState<RemovedReview | null>(null);

  if (removed) return <ReviewRemovedDialog removed={removed} onClose={onClose} />;

  const confirm = async (values: RemoveValues) => {
    const language = languageValue(values.contentLanguage);
    const body = {
      ground: values.ground,
      note: values.note?.trim() ?? '',
      ...(values.manifestlyIllegal ? { manifestlyIllegal: true } : {}),
      ...(language !== undefined ? { contentLanguage: language } : {}),
    };
    const result = await action.confirm(body);
    if (result) setRemoved(result);
  };

  const fields = (
    <>
      <SelectInput
        source="ground"
        label="resources.reviews.form.ground"
        choices={removalGroundChoices}
        validate={required()}
        fullWidth
        helperText={t('ground_hint')}
      />
      <TextInput
        source="note"
        label="resources.reviews.form.note"
        multiline
        minRows={3}
        fullWidth
        validate={atLeastChars(NOTE_MIN)}
        helperText={t('note_hint', { min: NOTE_MIN })}
      />
      <BooleanInput source="manifestlyIllegal" label="resources.reviews.form.manifestlyIllegal" helperText={t('manifestly_illegal_hint')} />
      <ContentLanguageInput reviewId={review.id} source="contentLanguage" label="resources.reviews.form.contentLanguage" />
    </>
  );

  const question = (values: RemoveValues) => (
    <>
      <Alert severity="warning" data-testid="remove-question">
        {t('question', { id: review.id, ground: translate(`enums.review_removal_ground.${values.ground ?? 'inappropriate'}`) })}
      </Alert>
      <NoteEcho note={values.note} label="resources.reviews.remove.explanation" />
      <Alert severity="info" sx={{ mt: 2 }} data-testid="remove-language">
        {t('language', { language: languageValue(values.contentLanguage) ?? translate('resources.reviews.language.none') })}
      </Alert>
      {values.manifestlyIllegal && (
        <Alert severity="info" sx={{ mt: 2 }}>
          {t('manifestly_illegal_hint')}
        </Alert>
      )}
    </>
  );

  return (
    <ReviewActionDialog<RemoveValues>
      action={action}
      labels="remove"
      reviewId={review.id}
      noticeId={noticeId}
      initialValues={{ ground: null, note: null, manifestlyIllegal: false }}
      fields={fields}
      question={question}
      confirmColor="error"
      onConfirm={(values) => void confirm(values)}
      onClose={onClose}
    />
  );
};
