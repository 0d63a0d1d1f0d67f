import { Alert } from '@mui/material';
import { useState } from 'react';
import { Button, maxLength, minLength, required, TextInput, useNotify, usePermissions, useRefresh, useTranslate } from 'react-admin';
import type { Role } from '../../../../server/domain/enums.ts';
import { mayRunAction } from '../../../../server/domain/permissions.ts';
import { ActionDialog } from '../../components/ActionDialog.tsx';
import { ActionFailureAlert } from '../../components/ActionFailureAlert.tsx';
import { useIdempotentAction } from '../../components/useIdempotentAction.ts';

export interface PayoutDiscrepancy {
  id: number;
  provider: string;
  providerReference: string;
  refundId: number | null;
  kind: string;
  explainedAt: string | null;
}

interface ExplainValues extends Record<string, unknown> {
  explanation: string | null;
}

/** Finance says what explains a difference the reconciliation found; it leaves the dashboard's card (audited). */
const ExplainDialog = ({ record, onClose }: { record: PayoutDiscrepancy; onClose: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const t = (key: string, args?: Record<string, unknown>) => translate(`resources.payout-discrepancies.explain.${key}`, args);
  const action = useIdempotentAction<PayoutDiscrepancy>('payout-discrepancies', record.id, 'explain');
  const kind = translate(`enums.payout_discrepancy_kind.${record.kind}`);
  const confirm = async (values: ExplainValues) => {
    const done = await action.run({ explanation: values.explanation?.trim() ?? '' });
    if (!done.ok) return;
    notify('resources.payout-discrepancies.explain.success', { type: 'success', messageArgs: { id: record.id } });
    onClose();
    refresh();
  };
  return (
    <ActionDialog<ExplainValues>
      name="explain-discrepancy"
      title={t('title', { id: record.id, reference: record.providerReference })}
      initialValues={{ explanation: null }}
      fields={
        <>
          <Alert severity="info" sx={{ mb: 2 }}>
            {t(`what_${record.kind}`, { _: kind, reference: record.providerReference, provider: record.provider })}
          </Alert>
          <TextInput
            source="explanation"
            label="resources.payout-discrepancies.fields.explanation"
            multiline
            minRows={3}
            fullWidth
            validate={[required(), minLength(10), maxLength(2000)]}
            helperText={t('hint')}
          />
        </>
      }
      question={(values) => (
        <Alert severity="warning" data-testid="explain-discrepancy-question">
          {t('question', { id: record.id, kind, explanation: values.explanation?.trim() ?? '' })}
        </Alert>
      )}
      reviewLabel={translate('resources.refunds.dialog.review')}
      confirmLabel={t('confirm')}
      runningLabel={t('running')}
      isPending={action.isPending}
      failure={
        action.failure && (
          <ActionFailureAlert
            failure={action.failure}
            codes="resources.payout-discrepancies.errors"
            fields="resources.payout-discrepancies.fields"
          />
        )
      }
      onBack={action.clearFailure}
      onConfirm={(values) => void confirm(values)}
      onClose={onClose}
    />
  );
};

/** "Explain" on a difference not explained yet, for finance (and admins). */
export const ExplainButton = ({ record }: { record: PayoutDiscrepancy | undefined }) => {
  const { permissions } = usePermissions<Role[]>();
  const [open, setOpen] = useState(false);
  if (!record || record.explainedAt || !mayRunAction(permissions ?? [], 'payout-discrepancies.explain')) return null;
  return (
    <span onClick={(e) => e.stopPropagation()}>
      <Button label="resources.payout-discrepancies.explain.button" onClick={() => setOpen(true)} data-testid={`explain-${record.id}`} />
      {open && <ExplainDialog record={record} onClose={() => setOpen(false)} />}
    </span>
  );
};
