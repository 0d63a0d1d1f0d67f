import { Alert } from '@mui/material';
import { RadioButtonGroupInput, required, TextInput, useNotify, useRefresh, useTranslate } from 'react-admin';
import { ActionDialog } from '../../components/ActionDialog.tsx';
import { ActionFailureAlert } from '../../components/ActionFailureAlert.tsx';
import { atLeastChars } from '../../components/textValidators.ts';
import { useIdempotentAction } from '../../components/useIdempotentAction.ts';
import { NoteEcho } from '../reviews/NoteEcho.tsx';
import { outcomeChoices } from './complaintChoices.ts';
import type { ComplaintOutcome, DsaComplaint } from './complaintTypes.ts';

interface ResolveValues extends Record<string, unknown> {
  outcome: ComplaintOutcome | null;
  note: string | null;
}

/** The API's minimum: the reasons the complainant receives. */
const NOTE_MIN = 20;

/**
 * `POST /api/dsa-complaints/:id/resolve {outcome, note}`: upheld reverses the decision at once (or reopens
 * a no-action notice), rejected keeps it; the complainant gets the reasons and the other redress options.
 */
export const ResolveComplaintDialog = ({ complaint, onClose }: { complaint: DsaComplaint; onClose: () => void }) => {
  const translate = useTranslate();
  const t = (key: string, args?: Record<string, unknown>) => translate(`resources.dsa-complaints.resolve.${key}`, args);
  const action = useIdempotentAction<DsaComplaint>('dsa-complaints', complaint.id, 'resolve');
  const notify = useNotify();
  const refresh = useRefresh();

  const confirm = async (values: ResolveValues) => {
    const outcome = await action.run({ outcome: values.outcome, note: values.note?.trim() ?? '' });
    if (outcome.ok) {
      notify(`resources.dsa-complaints.resolve.success_${outcome.data.status === 'upheld' ? 'upheld' : 'rejected'}`, {
        type: 'success',
        messageArgs: { reference: complaint.reference },
      });
      refresh();
      onClose();
    } else if (outcome.failure.code === 'already_decided') {
      refresh();
    }
  };

  const fields = (
    <>
      <RadioButtonGroupInput
        source="outcome"
        label="resources.dsa-complaints.resolve.outcome"
        choices={outcomeChoices}
        validate={required()}
        row={false}
      />
      <TextInput
        source="note"
        label="resources.dsa-complaints.resolve.note"
        multiline
        minRows={3}
        fullWidth
        validate={atLeastChars(NOTE_MIN)}
        helperText={t('note_hint', { min: NOTE_MIN })}
      />
    </>
  );

  return (
    <ActionDialog<ResolveValues>
      name="resolve"
      title={t('title', { reference: complaint.reference })}
      initialValues={{ outcome: null, note: null }}
      fields={fields}
      question={(values) => (
        <>
          <Alert severity={values.outcome === 'upheld' ? 'warning' : 'info'} data-testid="resolve-question">
            {t(`question_${values.outcome ?? 'rejected'}`, { reference: complaint.reference })}
          </Alert>
          <NoteEcho note={values.note} label="resources.dsa-complaints.resolve.note" />
        </>
      )}
      reviewLabel={translate('resources.reviews.dialog.review')}
      confirmLabel={t('confirm')}
      runningLabel={t('running')}
      isPending={action.isPending}
      failure={
        action.failure && (
          <ActionFailureAlert failure={action.failure} codes="resources.dsa-complaints.errors" fields="resources.dsa-complaints.resolve" />
        )
      }
      onBack={action.clearFailure}
      onConfirm={(values) => void confirm(values)}
      onClose={onClose}
    />
  );
};
