import { Alert } from '@mui/material';
import { required, TextInput, useTranslate, type Validator } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { TimestampInput } from '../../components/TimestampInput.tsx';
import type { RefundRules } from '../refunds/refundTypes.ts';
import { useFormatters } from '../refunds/useFormatters.ts';
import { backdatedTooFar, backdateReasonNeeded, withinBackdateLimit } from './backdateRules.ts';

const notInFuture: Validator = (value: unknown) =>
  typeof value === 'string' && Date.parse(value) > Date.now() ? 'resources.refunds.request.received_in_future' : undefined;

/**
 * When the customer's request arrived, with the limit agents have (`refund_backdate_working_days`,
 * docs/OPERATIONS.md "Refunds"): further back, an admin confirms the date with a written reason.
 */
export const ReceivedAtFields = ({ rules, isAdmin }: { rules: RefundRules | undefined; isAdmin: boolean }) => {
  const translate = useTranslate();
  const { time } = useFormatters();
  const receivedAt: unknown = useWatch({ name: 'receivedAt' });
  const t = (key: string, args?: Record<string, unknown>) => translate(`resources.refunds.request.${key}`, args);
  const earliest = rules ? time(rules.earliestAgentReceiptAt) : '';
  const helper = rules ? t('received_limit', { smart_count: rules.backdateWorkingDays, earliest }) : t('received_hint');
  const tooFar = backdatedTooFar(receivedAt, rules);
  return (
    <>
      <TimestampInput
        source="receivedAt"
        label="resources.refunds.form.receivedAt"
        validate={[required(), notInFuture, withinBackdateLimit(rules, isAdmin, earliest)]}
        helperText={helper}
      />
      {isAdmin && tooFar && (
        <>
          <Alert severity="warning" sx={{ mb: 1 }} data-testid="request-backdate-admin">
            {t('backdate_admin', { smart_count: rules!.backdateWorkingDays })}
          </Alert>
          <TextInput
            source="backdateReason"
            label="resources.refunds.form.backdateReason"
            multiline
            minRows={2}
            fullWidth
            validate={backdateReasonNeeded(rules)}
            helperText={t('backdate_reason_hint')}
          />
        </>
      )}
    </>
  );
};
