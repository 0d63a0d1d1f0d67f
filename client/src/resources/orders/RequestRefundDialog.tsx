import { Alert, Typography } from '@mui/material';
import { BooleanInput, maxLength, minLength, required, TextInput, useNotify, usePermissions, useRefresh, useTranslate } from 'react-admin';
import type { Role } from '../../../../server/domain/enums.ts';
import { ActionDialog } from '../../components/ActionDialog.tsx';
import { useIdempotentAction } from '../../components/useIdempotentAction.ts';
import { RefundFailure } from '../refunds/RefundFailure.tsx';
import type { Order, Refund } from '../refunds/refundTypes.ts';
import { useFormatters } from '../refunds/useFormatters.ts';
import { useRefundRules } from '../refunds/useRefundRules.ts';
import { backdatedTooFar } from './backdateRules.ts';
import { ReceivedAtFields } from './ReceivedAtFields.tsx';
import { isAdmin } from '../../../../server/domain/permissions.ts';

interface RequestValues extends Record<string, unknown> {
  reason: string | null;
  receivedAt: string | null;
  lostOrStolenDevice: boolean;
  /** An admin's reason for a receipt further back than agents may date one. */
  backdateReason?: string | null;
}

/** Now, to the minute (what a datetime input shows), so that the default is never in the future. */
const thisMinute = () => new Date(Math.floor(Date.now() / 60_000) * 60_000).toISOString();

/**
 * An agent logs a refund request the customer made by e-mail or phone: the API computes the
 * verdict and the decision deadline from the time it was received, and tells the customer. The
 * date goes back a few working days at most, unless an admin confirms an earlier one with a reason.
 */
export const RequestRefundDialog = ({ order, onClose }: { order: Order; onClose: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const { time } = useFormatters();
  const t = (key: string, args?: Record<string, unknown>) => translate(`resources.refunds.request.${key}`, args);
  const action = useIdempotentAction<Refund>('orders', order.id, 'request-refund');
  const { data: rules } = useRefundRules();
  const { permissions } = usePermissions<Role[]>();
  const byAdmin = isAdmin(permissions ?? []);

  const fields = (
    <>
      <TextInput
        source="reason"
        label="resources.refunds.form.customerReason"
        multiline
        minRows={3}
        fullWidth
        validate={[required(), minLength(3), maxLength(2000)]}
        helperText={t('reason_hint')}
      />
      <ReceivedAtFields rules={rules} isAdmin={byAdmin} />
      <BooleanInput source="lostOrStolenDevice" label="resources.refunds.form.lostOrStolenDevice" helperText={t('lost_hint')} />
    </>
  );

  const question = (values: RequestValues) => (
    <>
      <Alert severity="info" data-testid="request-question">
        {t('question', { order: order.id, at: time(values.receivedAt) })}
      </Alert>
      <Typography variant="body2" sx={{ mt: 2, overflowWrap: 'anywhere' }}>
        <strong>{translate('resources.refunds.form.customerReason')}:</strong> {values.reason}
      </Typography>
      {values.lostOrStolenDevice && (
        <Typography variant="body2" sx={{ mt: 1 }}>
          {t('lost_yes')}
        </Typography>
      )}
      {backdatedTooFar(values.receivedAt, rules) && (
        <Typography variant="body2" sx={{ mt: 1, overflowWrap: 'anywhere' }} data-testid="request-backdated">
          {t('backdated_confirmed', { smart_count: rules!.backdateWorkingDays, reason: values.backdateReason?.trim() ?? '' })}
        </Typography>
      )}
    </>
  );

  const confirm = async (values: RequestValues) => {
    const backdateReason = backdatedTooFar(values.receivedAt, rules) ? values.backdateReason?.trim() : undefined;
    const outcome = await action.run({
      reason: values.reason?.trim() ?? '',
      receivedAt: values.receivedAt,
      lostOrStolenDevice: values.lostOrStolenDevice,
      ...(backdateReason ? { backdateReason } : {}),
    });
    if (!outcome.ok) return;
    const eligibility = translate(`enums.refund_eligibility.${outcome.data.eligibility}`);
    notify('resources.refunds.request.success', { type: 'success', messageArgs: { id: outcome.data.id, eligibility } });
    refresh();
    onClose();
  };

  return (
    <ActionDialog<RequestValues>
      name="request-refund"
      title={t('title', { id: order.id })}
      initialValues={{ reason: null, receivedAt: thisMinute(), lostOrStolenDevice: false }}
      fields={fields}
      question={question}
      reviewLabel={translate('resources.refunds.dialog.review')}
      confirmLabel={t('confirm')}
      runningLabel={t('running')}
      isPending={action.isPending}
      failure={<RefundFailure failure={action.failure} />}
      onBack={action.clearFailure}
      onConfirm={(values) => void confirm(values)}
      onClose={onClose}
    />
  );
};
