import GavelIcon from '@mui/icons-material/Gavel';
import { Alert, Typography } from '@mui/material';
import { useState } from 'react';
import {
  Button,
  maxLength,
  maxValue,
  minLength,
  minValue,
  required,
  TextInput,
  useNotify,
  usePermissions,
  useRecordContext,
  useRedirect,
  useTranslate,
} from 'react-admin';
import type { Role } from '../../../../server/domain/enums.ts';
import { mayRunAction } from '../../../../server/domain/permissions.ts';
import { ActionDialog } from '../../components/ActionDialog.tsx';
import { ActionFailureAlert } from '../../components/ActionFailureAlert.tsx';
import { EuroInput } from '../../components/EuroInput.tsx';
import { TimestampInput } from '../../components/TimestampInput.tsx';
import { useIdempotentAction } from '../../components/useIdempotentAction.ts';
import { usePaymentProvider } from '../../components/usePaymentProvider.ts';
import type { Order } from '../refunds/refundTypes.ts';
import { useFormatters } from '../refunds/useFormatters.ts';

interface DisputeValues extends Record<string, unknown> {
  reason: string | null;
  amountCents: number | null;
  evidenceDueBy: string | null;
}

/**
 * The bank told us the customer disputed the payment (a chargeback), and the manual provider has no webhook
 * to say it: finance records it here — the reason, the amount, the date the evidence is due. The order is
 * disputed, its plan stops, the benefits it earned are voided and a refund not yet paid is closed
 * (docs/PAYMENTS.md "Disputes"). With Stripe its webhook does it, and the button is not offered.
 */
export const RecordDisputeDialog = ({ order, onClose }: { order: Order; onClose: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const { money, time } = useFormatters();
  const t = (key: string, args?: Record<string, unknown>) => translate(`resources.disputes.record.${key}`, args);
  const action = useIdempotentAction<{ id: number }>('orders', order.id, 'record-dispute');

  const fields = (
    <>
      <Alert severity="info" sx={{ mb: 2 }}>
        {t('what', { order: order.id, amount: money(order.amountCents), payment: order.paymentReference })}
      </Alert>
      <TextInput
        source="reason"
        label="resources.disputes.fields.reason"
        fullWidth
        validate={[required(), minLength(3), maxLength(80)]}
        helperText={t('reason_hint')}
      />
      <EuroInput
        source="amountCents"
        label="resources.disputes.fields.amountCents"
        validate={[required(), minValue(1), maxValue(order.amountCents, t('amount_max', { amount: money(order.amountCents) }))]}
        helperText={t('amount_hint', { amount: money(order.amountCents) })}
      />
      <TimestampInput source="evidenceDueBy" label="resources.disputes.fields.evidenceDueBy" fullWidth helperText={t('due_hint')} />
    </>
  );

  const question = (values: DisputeValues) => (
    <>
      <Alert severity="warning" data-testid="record-dispute-question">
        {t('question', { amount: money(values.amountCents ?? 0), order: order.id, reason: values.reason?.trim() ?? '' })}
      </Alert>
      <Typography variant="body2" sx={{ mt: 2 }}>
        {values.evidenceDueBy ? t('due_on', { due: time(values.evidenceDueBy) }) : t('due_none')}
      </Typography>
    </>
  );

  const confirm = async (values: DisputeValues) => {
    const outcome = await action.run({
      reason: values.reason?.trim() ?? '',
      amountCents: values.amountCents ?? 0,
      ...(values.evidenceDueBy ? { evidenceDueBy: values.evidenceDueBy } : {}),
    });
    if (!outcome.ok) return;
    notify('resources.disputes.record.success', { type: 'success', messageArgs: { id: outcome.data.id, order: order.id } });
    onClose();
    redirect('show', 'disputes', outcome.data.id);
  };

  return (
    <ActionDialog<DisputeValues>
      name="record-dispute"
      title={t('title', { id: order.id })}
      initialValues={{ reason: null, amountCents: order.amountCents, evidenceDueBy: null }}
      fields={fields}
      question={question}
      reviewLabel={translate('resources.refunds.dialog.review')}
      confirmLabel={t('confirm')}
      runningLabel={t('running')}
      confirmColor="error"
      isPending={action.isPending}
      failure={
        action.failure && (
          <ActionFailureAlert failure={action.failure} codes="resources.disputes.errors" fields="resources.disputes.fields" />
        )
      }
      onBack={action.clearFailure}
      onConfirm={(values) => void confirm(values)}
      onClose={onClose}
    />
  );
};

/** "Record a chargeback" on a paid order, for finance (and admins), with the manual provider only. */
export const RecordDisputeButton = () => {
  const order = useRecordContext<Order>();
  const { permissions } = usePermissions<Role[]>();
  const provider = usePaymentProvider();
  const [open, setOpen] = useState(false);
  if (!order || provider !== 'manual' || !mayRunAction(permissions ?? [], 'orders.record-dispute')) return null;
  if (order.amountCents <= 0 || ['disputed', 'cancelled'].includes(order.status)) return null;
  return (
    <>
      <Button label="resources.disputes.record.button" onClick={() => setOpen(true)} data-testid="record-dispute">
        <GavelIcon />
      </Button>
      {open && <RecordDisputeDialog order={order} onClose={() => setOpen(false)} />}
    </>
  );
};
