import { Alert, Typography } from '@mui/material';
import { TextInput, useTranslate, type Identifier } from 'react-admin';
import { ActionDialog } from '../../components/ActionDialog.tsx';
import { useCollectionAction } from '../../components/useCollectionAction.ts';
import { ReviewActionFailure } from './ReviewActionFailure.tsx';
import type { DismissOutcome } from './reviewTypes.ts';

interface DismissValues extends Record<string, unknown> {
  note: string | null;
}

interface DismissReportsDialogProps {
  ids: readonly Identifier[];
  onDone: (outcome: DismissOutcome) => void;
  onClose: () => void;
}

/** `POST /api/reviews/dismiss-reports {ids, note?}`: one call for the whole selection, an optional note for the audit log. */
export const DismissReportsDialog = ({ ids, onDone, onClose }: DismissReportsDialogProps) => {
  const translate = useTranslate();
  const t = (key: string, args?: Record<string, unknown>) => translate(`resources.reviews.dismiss.${key}`, args);
  const action = useCollectionAction<DismissOutcome>('reviews', 'dismiss-reports');

  const confirm = async (values: DismissValues) => {
    const note = values.note?.trim();
    const result = await action.run({ ids: ids.map(Number), ...(note ? { note } : {}) });
    if (result.ok) onDone(result.data);
  };

  return (
    <ActionDialog<DismissValues>
      name="dismiss"
      title={t('title', { smart_count: ids.length })}
      initialValues={{ note: null }}
      fields={<TextInput source="note" label="resources.reviews.form.note" multiline minRows={2} fullWidth helperText={t('note_hint')} />}
      question={(values) => (
        <>
          <Alert severity="info" data-testid="dismiss-question">
            {t('question', { smart_count: ids.length })}
          </Alert>
          {values.note?.trim() && (
            <Typography variant="body2" sx={{ mt: 2, overflowWrap: 'anywhere' }}>
              <strong>{translate('resources.reviews.form.note')}:</strong> {values.note.trim()}
            </Typography>
          )}
        </>
      )}
      reviewLabel={translate('resources.reviews.dialog.review')}
      confirmLabel={t('confirm')}
      runningLabel={t('running')}
      isPending={action.isPending}
      failure={<ReviewActionFailure failure={action.failure} />}
      onBack={action.clearFailure}
      onConfirm={(values) => void confirm(values)}
      onClose={onClose}
    />
  );
};
