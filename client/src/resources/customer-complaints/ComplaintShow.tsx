import { Box, Card, CardContent, Grid, Typography } from '@mui/material';
import { Show, useRecordContext, useTranslate } from 'react-admin';
import { COMPLAINT_STATES } from '../../../../server/domain/complaints/complaintStates.ts';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { RefField } from '../../components/RefField.tsx';
import { ClockValue } from '../refunds/ClockValue.tsx';
import { ComplaintActions } from './ComplaintActions.tsx';
import type { ComplaintRecord } from './complaintTypes.ts';

const Line = ({ label, children }: { label: string; children: React.ReactNode }) => {
  const translate = useTranslate();
  return (
    <Grid size={{ xs: 12, sm: 6, md: 4 }}>
      <Typography variant="caption" color="text.secondary" component="div">
        {translate(`resources.customer-complaints.fields.${label}`)}
      </Typography>
      {children}
    </Grid>
  );
};

const ComplaintBody = () => {
  const c = useRecordContext<ComplaintRecord>();
  const translate = useTranslate();
  if (!c) return null;
  const running = COMPLAINT_STATES[c.status as keyof typeof COMPLAINT_STATES]?.clock ?? false;
  return (
    <Box sx={{ p: 2, display: 'flex', flexDirection: 'column', gap: 2 }}>
      <ComplaintActions />
      <Card variant="outlined">
        <CardContent>
          <Typography variant="h6" data-testid="complaint-subject">
            #{c.id} — {c.subject}
          </Typography>
          <Grid container spacing={2} sx={{ mt: 1 }}>
            <Line label="status">
              <span data-testid="complaint-status">{translate(`enums.complaint_status.${c.status}`)}</span>
            </Line>
            <Line label="accountId">
              <RefField source="accountId" reference="accounts" />
            </Line>
            <Line label="channel">{translate(`enums.complaint_channel.${c.channel}`)}</Line>
            <Line label="receivedAt">
              <DateTimeField source="receivedAt" />
            </Line>
            <Line label="dueAt">
              <ClockValue deadline={c.dueAt} doneAt={c.answeredAt} running={running} />
            </Line>
            {c.orderId && (
              <Line label="orderId">
                <RefField source="orderId" reference="orders" />
              </Line>
            )}
            {c.refundId && (
              <Line label="refundId">
                <RefField source="refundId" reference="refunds" />
              </Line>
            )}
            {c.transferId && (
              <Line label="transferId">
                <RefField source="transferId" reference="transfers" />
              </Line>
            )}
          </Grid>
          <Typography variant="subtitle2" sx={{ mt: 2 }}>
            {translate('resources.customer-complaints.fields.body')}
          </Typography>
          <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
            {c.body}
          </Typography>
        </CardContent>
      </Card>
      {c.answer && (
        <Card variant="outlined" data-testid="complaint-answer">
          <CardContent>
            <Typography variant="subtitle2">
              {translate('resources.customer-complaints.fields.answer')} — {translate(`enums.complaint_outcome.${c.outcome}`)}
            </Typography>
            <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
              {c.answer}
            </Typography>
          </CardContent>
        </Card>
      )}
      {c.mediatorSentAt && (
        <Card variant="outlined" data-testid="complaint-mediator">
          <CardContent>
            <Typography variant="subtitle2">{translate('resources.customer-complaints.mediator_sent')}</Typography>
            <DateTimeField source="mediatorSentAt" />
            <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', mt: 1 }}>
              {c.mediatorDetails}
            </Typography>
          </CardContent>
        </Card>
      )}
    </Box>
  );
};

/** One complaint: what the customer wrote, what it is about, its clock, the answer, and the mediator when sent. */
export const ComplaintShow = () => (
  <Show actions={false}>
    <ComplaintBody />
  </Show>
);
