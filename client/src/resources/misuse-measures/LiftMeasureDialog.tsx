import { Alert } from '@mui/material';
import { TextInput, useNotify, useRefresh, useTranslate } from 'react-admin';
import { ActionDialog } from '../../components/ActionDialog.tsx';
import { ActionFailureAlert } from '../../components/ActionFailureAlert.tsx';
import { atLeastChars } from '../../components/textValidators.ts';
import { useIdempotentAction } from '../../components/useIdempotentAction.ts';
import type { MisuseMeasure } from './misuseTypes.ts';

interface LiftValues extends Record<string, unknown> {
  note: string | null;
}

/** `POST /api/misuse-measures/:id/lift {note}`: ends a warning or a suspension early. */
export const LiftMeasureDialog = ({ measure, onClose }: { measure: MisuseMeasure; onClose: () => void }) => {
  const translate = useTranslate();
  const t = (key: string, args?: Record<string, unknown>) => translate(`resources.misuse-measures.lift.${key}`, args);
  const action = useIdempotentAction<MisuseMeasure>('misuse-measures', measure.id, 'lift');
  const notify = useNotify();
  const refresh = useRefresh();
  const kind = translate(`enums.misuse_measure.${measure.measure}`);

  const confirm = async (values: LiftValues) => {
    const outcome = await action.run({ note: values.note?.trim() ?? '' });
    if (outcome.ok || outcome.failure.code === 'not_active') refresh();
    if (!outcome.ok) return;
    notify('resources.misuse-measures.lift.success', { type: 'success', messageArgs: { id: measure.id } });
    onClose();
  };

  return (
    <ActionDialog<LiftValues>
      name="lift"
      title={t('title', { id: measure.id, measure: kind })}
      initialValues={{ note: null }}
      fields={
        <TextInput
          source="note"
          label="resources.misuse-measures.form.note"
          multiline
          minRows={2}
          fullWidth
          validate={atLeastChars(3)}
          helperText={t('note_hint')}
        />
      }
      question={() => (
        <Alert severity="info" data-testid="lift-question">
          {t('question', { id: measure.id, measure: kind })}
        </Alert>
      )}
      reviewLabel={translate('resources.reviews.dialog.review')}
      confirmLabel={t('confirm')}
      runningLabel={t('running')}
      isPending={action.isPending}
      failure={
        action.failure && (
          <ActionFailureAlert failure={action.failure} codes="resources.misuse-measures.errors" fields="resources.misuse-measures.form" />
        )
      }
      onBack={action.clearFailure}
      onConfirm={(values) => void confirm(values)}
      onClose={onClose}
    />
  );
};
