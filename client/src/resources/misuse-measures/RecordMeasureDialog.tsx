import { Alert } from '@mui/material';
import { NumberInput, required, SelectInput, TextInput, maxValue, minValue, useNotify, useRefresh, useTranslate } from 'react-admin';
import { ActionDialog } from '../../components/ActionDialog.tsx';
import { ActionFailureAlert } from '../../components/ActionFailureAlert.tsx';
import { atLeastChars } from '../../components/textValidators.ts';
import { useCollectionAction } from '../../components/useCollectionAction.ts';
import { gravityChoices } from './misuseChoices.ts';
import type { MisuseGravity, MisuseMeasure, MisuseTarget } from './misuseTypes.ts';

interface MeasureValues extends Record<string, unknown> {
  reason: string | null;
  gravity: MisuseGravity | null;
  intent: string | null;
  days: number | null;
}

type Kind = 'warn' | 'suspend';

/** The reason is what the person receives (and, for an author's suspension, the statement's explanation). */
const REASON_MIN = 10;
const validateDays = [required(), minValue(1), maxValue(365)];

/**
 * `POST /api/misuse-measures/warn` or `/suspend` (DSA Art. 23): the subject, the reason given to the person,
 * the gravity and intent weighed (Art. 23(3)), and for a suspension its length. A suspension needs a
 * warning in the last 12 months (422 `warning_required`).
 */
export const RecordMeasureDialog = ({
  kind,
  target,
  label,
  onClose,
}: {
  kind: Kind;
  target: MisuseTarget;
  label: string;
  onClose: () => void;
}) => {
  const translate = useTranslate();
  const t = (key: string, args?: Record<string, unknown>) => translate(`resources.misuse-measures.${kind}.${key}`, args);
  const action = useCollectionAction<MisuseMeasure>('misuse-measures', kind);
  const notify = useNotify();
  const refresh = useRefresh();

  const confirm = async (values: MeasureValues) => {
    const intent = values.intent?.trim();
    const body = {
      ...target,
      ...(kind === 'suspend' ? { days: values.days } : {}),
      reason: values.reason?.trim() ?? '',
      gravity: values.gravity,
      ...(intent ? { intent } : {}),
    };
    const outcome = await action.run(body);
    if (!outcome.ok) return;
    notify(`resources.misuse-measures.${kind}.success`, { type: 'success', messageArgs: { who: label } });
    refresh();
    onClose();
  };

  const fields = (
    <>
      {kind === 'suspend' && (
        <NumberInput
          source="days"
          label="resources.misuse-measures.form.days"
          validate={validateDays}
          min={1}
          max={365}
          step={1}
          fullWidth
          helperText={t('days_hint')}
        />
      )}
      <TextInput
        source="reason"
        label="resources.misuse-measures.form.reason"
        multiline
        minRows={3}
        fullWidth
        validate={atLeastChars(REASON_MIN)}
        helperText={t('reason_hint', { min: REASON_MIN })}
      />
      <SelectInput
        source="gravity"
        label="resources.misuse-measures.form.gravity"
        choices={gravityChoices}
        validate={required()}
        fullWidth
      />
      <TextInput
        source="intent"
        label="resources.misuse-measures.form.intent"
        multiline
        fullWidth
        helperText={translate('resources.misuse-measures.form.intent_hint')}
      />
    </>
  );

  return (
    <ActionDialog<MeasureValues>
      name={kind}
      title={t('title', { who: label })}
      initialValues={{ reason: null, gravity: null, intent: null, days: kind === 'suspend' ? 30 : null }}
      fields={fields}
      question={(values) => (
        <Alert severity="warning" data-testid={`${kind}-question`}>
          {t('question', { who: label, smart_count: values.days ?? 0 })}
        </Alert>
      )}
      reviewLabel={translate('resources.reviews.dialog.review')}
      confirmLabel={t('confirm')}
      runningLabel={t('running')}
      confirmColor={kind === 'suspend' ? 'error' : 'warning'}
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
