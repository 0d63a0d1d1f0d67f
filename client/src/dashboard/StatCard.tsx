import type { ComponentType } from 'react';
import { Avatar, Box, Card, CardActionArea, Typography } from '@mui/material';
import { Link, useTranslate } from 'react-admin';
import { formatNumber } from '../units.ts';
import { useLocale } from '../components/useLocale.ts';
import { cardLink, listPath } from './cardLinks.ts';
import type { StatCardKey } from './statsTypes.ts';

interface StatCardProps {
  name: StatCardKey;
  count: number;
  icon: ComponentType;
  /** Work that is late: the card stands out while its count is above zero. */
  alarm?: boolean;
  now: Date;
}

/** Posters Galore's CardWithIcon: a live count that opens the list of exactly what it counts. */
export const StatCard = ({ name, count, icon: Icon, alarm = false, now }: StatCardProps) => {
  const translate = useTranslate();
  const locale = useLocale();
  const late = alarm && count > 0;
  return (
    <Card sx={{ flex: '1 1 220px', minWidth: 200, borderLeft: 4, borderColor: late ? 'error.main' : 'primary.main' }}>
      <CardActionArea component={Link} to={listPath(cardLink(name, now))} data-testid={`stat-card-${name}`} sx={{ height: '100%' }}>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, p: 2 }}>
          <Avatar sx={{ bgcolor: late ? 'error.main' : 'primary.main', width: 44, height: 44 }}>
            <Icon />
          </Avatar>
          <Box sx={{ minWidth: 0 }}>
            <Typography variant="body2" color="text.secondary">
              {translate(`dashboard.cards.${name}`)}
            </Typography>
            <Typography variant="h5" component="p" data-testid={`stat-count-${name}`} sx={{ fontVariantNumeric: 'tabular-nums' }}>
              {formatNumber(count, locale, 0)}
            </Typography>
          </Box>
        </Box>
      </CardActionArea>
    </Card>
  );
};
