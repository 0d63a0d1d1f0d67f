import CreatedIcon from '@mui/icons-material/Send';
import DeliveredIcon from '@mui/icons-material/MoveToInbox';
import FixedIcon from '@mui/icons-material/Build';
import LedgerIcon from '@mui/icons-material/ReceiptLong';
import MessageIcon from '@mui/icons-material/MailOutline';
import AuditIcon from '@mui/icons-material/SupportAgent';
import { Chip, ListItem, ListItemIcon, ListItemText, Stack, Typography } from '@mui/material';
import type { ReactElement } from 'react';
import { Link, useCreatePath, useTranslate } from 'react-admin';
import { useLocale } from '../../components/useLocale.ts';
import type { TimelineEvent } from './transferTypes.ts';
import { useTimelineText } from './useTimelineText.ts';

const ICONS: Record<TimelineEvent['type'], ReactElement> = {
  created: <CreatedIcon />,
  delivered: <DeliveredIcon />,
  fixed: <FixedIcon />,
  ledger: <LedgerIcon />,
  message: <MessageIcon />,
  audit: <AuditIcon />,
};

/** The account plan an event is about, to link to it. */
function planOf(event: TimelineEvent): number | null {
  if (event.type === 'ledger') return event.entry.accountPlanId;
  if (event.type === 'delivered') return event.transfer.recipientAccountPlanId;
  return null;
}

/** One line of the timeline: icon, description, time, and links to the plan or the correction it concerns. */
export const TimelineEventItem = ({ event, currentId }: { event: TimelineEvent; currentId: number }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const locale = useLocale();
  const describe = useTimelineText();
  const isCorrection = event.transferId !== currentId;
  const plan = planOf(event);
  const time = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' }).format(new Date(event.at));

  return (
    <ListItem alignItems="flex-start" divider data-testid={`timeline-${event.type}`} sx={{ pl: isCorrection ? 4 : 2 }}>
      <ListItemIcon sx={{ minWidth: 40, mt: 0.5 }}>{ICONS[event.type]}</ListItemIcon>
      <ListItemText
        primary={
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
            {isCorrection && (
              <Chip
                size="small"
                variant="outlined"
                color="info"
                label={translate('resources.transfers.timeline.correction', { id: event.transferId })}
              />
            )}
            <Typography variant="body2" component="span" sx={{ overflowWrap: 'anywhere' }}>
              {describe(event)}
            </Typography>
          </Stack>
        }
        secondary={
          <Stack direction="row" spacing={1.5} component="span" sx={{ flexWrap: 'wrap' }}>
            <span>{time}</span>
            {plan !== null && (
              <Link to={createPath({ resource: 'account-plans', id: plan, type: 'show' })}>
                {translate('resources.transfers.timeline.plan_link', { id: plan })}
              </Link>
            )}
            {isCorrection && (
              <Link to={createPath({ resource: 'transfers', id: event.transferId, type: 'show' })}>
                {translate('resources.transfers.timeline.transfer_link', { id: event.transferId })}
              </Link>
            )}
          </Stack>
        }
        slotProps={{ secondary: { component: 'span', sx: { display: 'block', mt: 0.5 } } }}
      />
    </ListItem>
  );
};
