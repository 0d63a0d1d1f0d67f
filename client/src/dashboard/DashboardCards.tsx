import type { ComponentType } from 'react';
import AlarmIcon from '@mui/icons-material/Alarm';
import CompareArrowsIcon from '@mui/icons-material/CompareArrows';
import BlockIcon from '@mui/icons-material/Block';
import EventIcon from '@mui/icons-material/Event';
import FeedbackIcon from '@mui/icons-material/Feedback';
import FlagIcon from '@mui/icons-material/Flag';
import ForumIcon from '@mui/icons-material/Forum';
import GavelIcon from '@mui/icons-material/Gavel';
import SellIcon from '@mui/icons-material/Sell';
import OutboxIcon from '@mui/icons-material/Outbox';
import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import { Alert, Box, Button, Skeleton } from '@mui/material';
import { useTranslate } from 'react-admin';
import { StatCard } from './StatCard.tsx';
import type { StatCardKey, StatCards } from './statsTypes.ts';
import { useStats } from './useStats.ts';

/** The cards, in the order of the day's work; `alarm` marks counts of work that is already late. */
const CARDS: { name: StatCardKey; icon: ComponentType; alarm?: boolean }[] = [
  { name: 'refundsDueToday', icon: EventIcon },
  { name: 'refundsOverdue', icon: AlarmIcon, alarm: true },
  { name: 'payoutDifferences', icon: CompareArrowsIcon, alarm: true },
  { name: 'transfersAwaitingFix', icon: SwapHorizIcon, alarm: true },
  { name: 'conversationsNew', icon: ForumIcon },
  { name: 'conversationsWaitingUs', icon: ForumIcon },
  { name: 'conversationsLate', icon: AlarmIcon, alarm: true },
  { name: 'complaintsAwaitingAnswer', icon: FeedbackIcon },
  { name: 'messagesWaiting', icon: OutboxIcon, alarm: true },
  { name: 'reportedReviews', icon: FlagIcon },
  { name: 'noticesOverSla', icon: GavelIcon, alarm: true },
  { name: 'activePlans', icon: SellIcon },
  { name: 'unavailableCountries', icon: BlockIcon },
];

/** Live counts from GET /api/stats/cards; a figure the role may not see (null) has no card. */
export const DashboardCards = () => {
  const translate = useTranslate();
  const { data, isPending, error, refetch, dataUpdatedAt } = useStats<StatCards>('cards');
  if (isPending) {
    return (
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }} aria-busy="true" aria-label={translate('dashboard.loading')}>
        {[0, 1, 2].map((i) => (
          <Skeleton key={i} variant="rounded" height={80} sx={{ flex: '1 1 220px' }} />
        ))}
      </Box>
    );
  }
  if (error) {
    return (
      <Alert
        severity="error"
        action={
          <Button color="inherit" size="small" onClick={() => void refetch()}>
            {translate('actions.retry')}
          </Button>
        }
      >
        {translate('dashboard.cards_error')}
      </Alert>
    );
  }
  // The links' "now" is when the counts were taken, so the list shows what was counted.
  const now = new Date(dataUpdatedAt || Date.now());
  const shown = CARDS.filter((card) => typeof data[card.name] === 'number');
  if (shown.length === 0) return null;
  return (
    <Box component="section" sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }} aria-label={translate('dashboard.cards_title')}>
      {shown.map((card) => (
        <StatCard key={card.name} {...card} count={data[card.name] as number} now={now} />
      ))}
    </Box>
  );
};
