import {
  Alert,
  Card,
  CardContent,
  CircularProgress,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { MisuseCounterRow } from './MisuseCounterRow.tsx';
import type { MisuseSubject } from './misuseTypes.ts';
import { useMisuseCounters } from './useMisuseCounters.ts';

const COLUMNS = ['who', 'manifest', 'proportion', 'last', 'warned', 'suspended', 'actions'] as const;

/**
 * Art. 23: notifiers whose notices were manifestly unfounded, authors whose reviews were manifestly
 * illegal, over the last 12 months, with the figures the moderator weighs before a warning or a suspension.
 */
export const MisuseCounters = () => {
  const translate = useTranslate();
  const t = (key: string) => translate(`resources.misuse-measures.counters.${key}`);
  const [subject, setSubject] = useState<MisuseSubject>('notifier');
  const { data, isPending, error } = useMisuseCounters(subject);
  return (
    <Card variant="outlined" sx={{ m: 2 }} data-testid="misuse-counters">
      <CardContent>
        <Typography variant="h6">{t('title')}</Typography>
        <Typography variant="body2" color="textSecondary" sx={{ mb: 2 }}>
          {t('help')}
        </Typography>
        <ToggleButtonGroup
          size="small"
          exclusive
          value={subject}
          onChange={(_e, value: MisuseSubject | null) => value && setSubject(value)}
          aria-label={t('subject')}
        >
          <ToggleButton value="notifier">{t('notifiers')}</ToggleButton>
          <ToggleButton value="author">{t('authors')}</ToggleButton>
        </ToggleButtonGroup>
        {isPending && <CircularProgress size={24} sx={{ display: 'block', mt: 2 }} />}
        {error && (
          <Alert severity="error" sx={{ mt: 2 }}>
            {translate('ra.notification.http_error')}
          </Alert>
        )}
        {data && data.length === 0 && (
          <Typography variant="body2" sx={{ mt: 2 }} data-testid="misuse-none">
            {t(`none_${subject}`)}
          </Typography>
        )}
        {data && data.length > 0 && (
          <Table size="small" sx={{ mt: 2 }}>
            <TableHead>
              <TableRow>
                {COLUMNS.map((c) => (
                  <TableCell key={c} align={c === 'manifest' || c === 'proportion' || c === 'actions' ? 'right' : 'left'}>
                    {t(c === 'who' ? `who_${subject}` : c)}
                  </TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {data.map((row) => (
                <MisuseCounterRow key={`${row.subject}:${row.noticeId ?? row.notifierEmail ?? row.accountId ?? ''}`} row={row} />
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
};
