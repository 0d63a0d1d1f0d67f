import { Alert, AlertTitle } from '@mui/material';
import { useStaffName } from '../../components/StaffName.tsx';
import { useRecordContext, useTranslate } from 'react-admin';
import { useLocale } from '../../components/useLocale.ts';
import { useDataText } from '../../components/useDataText.ts';
import type { Transfer } from './transferTypes.ts';
import { useTransferTimeline } from './useTransferTimeline.ts';

/** The stored reason, led by the label of its code when the agent's text does not already start with it. */
const reasonWithCode = (record: Transfer, label: string) => {
  const text = record.fixReason ?? '';
  return label && !text.startsWith(label) ? `${label} — ${text}` : text;
};

/**
 * On a fixed transfer: who fixed it, when, why (the address error, the address the sender meant, an
 * admin's override), what was recovered, and why it cannot be fixed again (a transfer is fixed once;
 * the data moved again is the correction's).
 */
export const TransferFixInfo = () => {
  const record = useRecordContext<Transfer>();
  const translate = useTranslate();
  const locale = useLocale();
  const data = useDataText();
  const { data: timeline } = useTransferTimeline(record?.id);
  const fixer = useStaffName(record?.fixedByStaffId);
  if (!record?.fixedAt) return null;
  // The audit entry of the fix says who did it; else the staff directory's name.
  const audit = timeline?.events.find((e) => e.type === 'audit' && e.transferId === record.id && e.audit.outcome !== 'failure');
  const by = audit?.type === 'audit' && audit.audit.actorEmail ? audit.audit.actorEmail : fixer || '?';
  const args = {
    status: translate(`enums.transfer_status.${record.status}`),
    date: new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(record.fixedAt)),
    by,
    email: record.redirectedToEmail ?? '',
    recovered: data(record.recoveredMb ?? 0),
    lost: data(record.unrecoverableMb ?? 0),
    reason: reasonWithCode(record, record.fixReasonCode ? translate(`enums.transfer_fix_reason.${record.fixReasonCode}`) : ''),
    intended: record.intendedEmail ?? '',
    override: record.fixOverrideReason ?? '',
  };
  return (
    <Alert severity="info" sx={{ my: 2 }} data-testid="transfer-fix-info">
      <AlertTitle>
        {translate(
          record.status === 'redirected' ? 'resources.transfers.summary.fixed_redirected' : 'resources.transfers.summary.fixed_reversed',
          args,
        )}
      </AlertTitle>
      {translate('resources.transfers.summary.fixed_amounts', args)}
      <br />
      {translate('resources.transfers.summary.fixed_reason', args)}
      <br />
      {record.intendedEmail && (
        <>
          {translate('resources.transfers.summary.fixed_intended', args)}
          <br />
        </>
      )}
      {record.fixOverrideReason && (
        <>
          <strong data-testid="transfer-fix-override">{translate('resources.transfers.summary.fixed_override', args)}</strong>
          <br />
        </>
      )}
      <em>{translate('resources.transfers.summary.cannot_fix_again')}</em>
    </Alert>
  );
};
