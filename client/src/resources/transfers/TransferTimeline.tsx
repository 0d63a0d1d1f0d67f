import { Alert, Box, CircularProgress, List, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { TimelineEventItem } from './TimelineEventItem.tsx';
import type { Transfer } from './transferTypes.ts';
import { useTransferTimeline } from './useTransferTimeline.ts';

/** What happened to the transfer and its corrections, oldest first (states, ledger, messages, staff actions). */
export const TransferTimeline = () => {
  const record = useRecordContext<Transfer>();
  const translate = useTranslate();
  const { data, error, isPending } = useTransferTimeline(record?.id);
  if (!record) return null;

  return (
    <Box sx={{ mt: 2 }} data-testid="transfer-timeline">
      <Typography variant="h6" gutterBottom>
        {translate('resources.transfers.timeline.title')}
      </Typography>
      {isPending && <CircularProgress size={24} />}
      {error && <Alert severity="error">{translate('resources.transfers.timeline.load_error')}</Alert>}
      {data && data.events.length === 0 && <Typography variant="body2">{translate('resources.transfers.timeline.empty')}</Typography>}
      {data && data.events.length > 0 && (
        <List dense disablePadding>
          {data.events.map((event, index) => (
            <TimelineEventItem key={`${event.type}-${event.transferId}-${index}`} event={event} currentId={record.id} />
          ))}
        </List>
      )}
    </Box>
  );
};
