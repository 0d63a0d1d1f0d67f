import { Alert, CircularProgress, List, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { CaseCard } from './CaseCard.tsx';
import { historyEvents } from './historyEvents.ts';
import { HistoryEventItem } from './HistoryEventItem.tsx';
import type { Refund } from './refundTypes.ts';
import { useRefundHistory } from './useRefundHistory.ts';

/** What happened to the case, oldest first: approvals (who, how much), payout attempts, e-mails, staff actions. */
export const RefundHistoryTimeline = () => {
  const record = useRecordContext<Refund>();
  const translate = useTranslate();
  const { data, error, isPending, allowed, permissionsPending } = useRefundHistory(record?.id);
  if (!record || permissionsPending) return null;
  return (
    <CaseCard title="resources.refunds.history.title" testId="refund-history">
      {!allowed && (
        <Typography variant="body2" color="text.secondary">
          {translate('resources.refunds.history.finance_only')}
        </Typography>
      )}
      {allowed && isPending && <CircularProgress size={24} />}
      {error && <Alert severity="error">{translate('resources.refunds.history.load_error')}</Alert>}
      {data && (
        <List dense disablePadding>
          {historyEvents(data).map((event, index) => (
            <HistoryEventItem key={`${event.type}-${index}`} event={event} />
          ))}
        </List>
      )}
    </CaseCard>
  );
};
