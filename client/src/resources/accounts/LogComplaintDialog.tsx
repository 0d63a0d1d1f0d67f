import { Alert, Typography } from '@mui/material';
import { NumberInput, required, SelectInput, TextInput, useNotify, useRedirect, useTranslate } from 'react-admin';
import { CUSTOMER_COMPLAINT_CHANNELS } from '../../../../server/domain/enums.ts';
import { ActionDialog } from '../../components/ActionDialog.tsx';
import { ActionFailureAlert } from '../../components/ActionFailureAlert.tsx';
import { useIdempotentAction } from '../../components/useIdempotentAction.ts';
import type { AccountRecord } from './accountTypes.ts';

interface Values extends Record<string, unknown> {
  channel: string;
  subject: string;
  body: string;
  orderId: number | null;
  refundId: number | null;
  transferId: number | null;
}

/**
 * Support registers a customer's written complaint (GCU §14: e-mail, chat, post) or a call: linked to an
 * order, refund or transfer of theirs; the acknowledgement leaves with it and the answer clock starts.
 */
export const LogComplaintDialog = ({ account, onClose }: { account: AccountRecord; onClose: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const run = useIdempotentAction<{ id: number }>('accounts', account.id, 'log-complaint');
  const t = (key: string, args?: Record<string, unknown>) => translate(`resources.customer-complaints.log.${key}`, args);
  return (
    <ActionDialog<Values>
      name="account-complaint"
      title={t('title', { id: account.id })}
      initialValues={{ channel: 'email', subject: '', body: '', orderId: null, refundId: null, transferId: null }}
      fields={
        <>
          <Typography variant="body2" sx={{ mb: 2 }}>
            {t('intro')}
          </Typography>
          <SelectInput
            source="channel"
            label="resources.customer-complaints.fields.channel"
            choices={CUSTOMER_COMPLAINT_CHANNELS.filter((c) => c !== 'app').map((c) => ({ id: c, name: `enums.complaint_channel.${c}` }))}
            validate={required()}
          />
          <TextInput source="subject" label="resources.customer-complaints.fields.subject" validate={required()} fullWidth />
          <TextInput
            source="body"
            label="resources.customer-complaints.fields.body"
            validate={required()}
            multiline
            minRows={4}
            fullWidth
          />
          <NumberInput source="orderId" label="resources.customer-complaints.fields.orderId" min={1} step={1} />
          <NumberInput source="refundId" label="resources.customer-complaints.fields.refundId" min={1} step={1} />
          <NumberInput source="transferId" label="resources.customer-complaints.fields.transferId" min={1} step={1} />
        </>
      }
      question={(v) => (
        <Alert severity="info" data-testid="account-complaint-question">
          {t('question', { subject: v.subject.trim(), channel: translate(`enums.complaint_channel.${v.channel}`) })}
        </Alert>
      )}
      reviewLabel={translate('resources.accounts.actions.review')}
      confirmLabel={t('confirm')}
      runningLabel={translate('resources.accounts.actions.running')}
      isPending={run.isPending}
      failure={
        run.failure && (
          <ActionFailureAlert
            failure={run.failure}
            codes="resources.customer-complaints.errors"
            fields="resources.customer-complaints.fields"
          />
        )
      }
      onConfirm={(v) => {
        const body: Record<string, unknown> = { channel: v.channel, subject: v.subject.trim(), body: v.body.trim() };
        for (const k of ['orderId', 'refundId', 'transferId'] as const) if (v[k]) body[k] = Number(v[k]);
        void run.run(body).then((outcome) => {
          if (!outcome.ok) return;
          notify(t('success'), { type: 'success' });
          onClose();
          redirect('show', 'customer-complaints', outcome.data.id);
        });
      }}
      onBack={run.clearFailure}
      onClose={onClose}
    />
  );
};
