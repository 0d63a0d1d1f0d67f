import ApproveIcon from '@mui/icons-material/CheckCircleOutline';
import AuditIcon from '@mui/icons-material/SupportAgent';
import MessageIcon from '@mui/icons-material/MailOutline';
import PayoutIcon from '@mui/icons-material/Payments';
import RejectIcon from '@mui/icons-material/HighlightOff';
import RequestIcon from '@mui/icons-material/MoveToInbox';
import { Chip, ListItem, ListItemIcon, ListItemText, Stack, Typography } from '@mui/material';
import type { ReactElement } from 'react';
import { useTranslate } from 'react-admin';
import type { HistoryEvent } from './historyEvents.ts';
import { useFormatters } from './useFormatters.ts';
import { useHistoryText } from './useHistoryText.ts';

const ICONS: Record<HistoryEvent['type'], ReactElement> = {
  requested: <RequestIcon />,
  approval: <ApproveIcon color="success" />,
  rejected: <RejectIcon />,
  payout: <PayoutIcon />,
  message: <MessageIcon />,
  audit: <AuditIcon />,
};

/** A note written with the event (an approval's, a rejection's), shown under it. */
function noteOf(event: HistoryEvent): string | null {
  if (event.type === 'approval') return event.approval.note;
  if (event.type === 'rejected') return event.refund.decisionNote;
  return null;
}

/** One line of the case's history: icon, what happened, when, and the note or flag that goes with it. */
export const HistoryEventItem = ({ event }: { event: HistoryEvent }) => {
  const translate = useTranslate();
  const describe = useHistoryText();
  const { time } = useFormatters();
  const note = noteOf(event);
  const failed = event.type === 'payout' && event.payout.status === 'failed';
  return (
    <ListItem alignItems="flex-start" divider data-testid={`history-${event.type}`}>
      <ListItemIcon sx={{ minWidth: 40, mt: 0.5 }}>{failed ? <PayoutIcon color="error" /> : ICONS[event.type]}</ListItemIcon>
      <ListItemText
        primary={
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }} component="span">
            <Typography variant="body2" component="span" sx={{ overflowWrap: 'anywhere' }} color={failed ? 'error' : undefined}>
              {describe(event)}
            </Typography>
            {event.type === 'approval' && event.approval.outsidePolicy && (
              <Chip size="small" color="warning" variant="outlined" label={translate('resources.refunds.history.outside_policy')} />
            )}
          </Stack>
        }
        secondary={
          <Stack component="span" spacing={0.5}>
            {note && (
              <Typography variant="body2" component="span" sx={{ fontStyle: 'italic', overflowWrap: 'anywhere' }}>
                “{note}”
              </Typography>
            )}
            <span>{time(event.at)}</span>
          </Stack>
        }
        slotProps={{ secondary: { component: 'span', sx: { display: 'block', mt: 0.5 } } }}
      />
    </ListItem>
  );
};
