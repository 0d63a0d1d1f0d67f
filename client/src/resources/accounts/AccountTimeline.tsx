import { Box, Card, CardContent, Chip, LinearProgress, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useCreatePath, useDataProvider, useTranslate, type Identifier } from 'react-admin';
import { useLocale } from '../../components/useLocale.ts';
import type { KoletDataProvider } from '../../dataProvider.ts';
import { formatEuros } from '../../units.ts';
import { useAuditSentence, type AuditEntryLike } from '../audit-log/useAuditSentence.ts';

type Kind =
  'order' | 'install' | 'usage_alert' | 'transfer_sent' | 'transfer_received' | 'transfer_fix' | 'refund' | 'message' | 'staff_action';

interface TimelineItem {
  key: string;
  kind: Kind;
  at: string;
  resource: string;
  recordId: number;
  record: Record<string, unknown>;
  senderEmail?: string | null;
}
interface Timeline {
  kinds: Kind[];
  items: TimelineItem[];
  perKind: number;
}

/** `GET /api/accounts/:id/timeline?kinds=…`: the most recent rows of each kind, merged newest first. */
function useTimeline(id: Identifier, kinds: Kind[] | null) {
  const dataProvider = useDataProvider<KoletDataProvider>();
  const query = kinds?.length ? `?kinds=${kinds.join(',')}` : '';
  return useQuery({
    queryKey: ['accounts', 'timeline', String(id), query],
    queryFn: async () => (await dataProvider.get<Timeline>(`accounts/${encodeURIComponent(String(id))}/timeline${query}`)).data,
    placeholderData: (previous) => previous,
  });
}

const gb = (mb: unknown) => (typeof mb === 'number' ? Math.round((mb / 1024) * 10) / 10 : '?');

/** One line of the timeline in words: what happened, linked to its record. */
function useItemText() {
  const translate = useTranslate();
  const locale = useLocale();
  const sentence = useAuditSentence();
  const t = (key: string, args?: Record<string, unknown>) => translate(`resources.accounts.timeline.items.${key}`, args);
  const status = (name: string, value: unknown) => translate(`enums.${name}.${String(value)}`, { _: String(value ?? '') });
  return (item: TimelineItem): string => {
    const r = item.record;
    switch (item.kind) {
      case 'order':
        return t('order', {
          id: r.id,
          amount: typeof r.amountCents === 'number' ? formatEuros(r.amountCents, locale) : '',
          status: status('order_status', r.status),
        });
      case 'install':
        return t('install', { iccid: String(r.iccid ?? '').slice(-6), device: r.device ?? '—' });
      case 'usage_alert':
        return t('usage_alert', { percent: r.thresholdPercent, channel: status('message_channel', r.channel) });
      case 'transfer_sent':
        return t('transfer_sent', { gb: gb(r.amountMb), email: r.recipientEmail ?? '—', status: status('transfer_status', r.status) });
      case 'transfer_received':
        return t('transfer_received', { gb: gb(r.amountMb), email: item.senderEmail ?? t('someone') });
      case 'transfer_fix':
        return t(r.status === 'redirected' ? 'transfer_redirected' : 'transfer_reversed', {
          id: r.id,
          email: r.redirectedToEmail ?? '—',
          why: r.fixReasonCode ? status('transfer_fix_reason', r.fixReasonCode) : '',
        });
      case 'refund':
        return t('refund', { id: r.id, status: status('refund_status', r.status) });
      case 'message':
        return t('message', {
          what: translate(`resources.messages.templates.${String(r.template)}`, { _: String(r.subject ?? r.template ?? '') }),
          status: status('message_status', r.status),
        });
      case 'staff_action':
        return sentence(r as AuditEntryLike);
    }
  };
}

/** Where a line leads: its record; a staff action, to the record it was done on. */
function target(item: TimelineItem): { resource: string; id: Identifier } {
  if (item.kind === 'staff_action' && item.record.entity && item.record.entityId)
    return { resource: String(item.record.entity), id: String(item.record.entityId) };
  return { resource: item.resource, id: item.recordId };
}

/**
 * The 360's one activity timeline (like a payment provider's customer page): orders, installs, usage
 * alerts, transfers sent and received, transfer fixes, refunds, messages and staff actions, newest
 * first, filterable by kind; every line opens its record.
 */
export const AccountTimeline = ({ accountId }: { accountId: Identifier }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const [shown, setShown] = useState<Kind[] | null>(null);
  const { data, isPending, isFetching } = useTimeline(accountId, shown);
  const text = useItemText();
  const locale = useLocale();
  const when = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Paris' });
  const toggle = (kind: Kind) => {
    const current = shown ?? [];
    const next = current.includes(kind) ? current.filter((k) => k !== kind) : [...current, kind];
    setShown(next.length ? next : null);
  };

  return (
    <Card variant="outlined" data-testid="account-timeline">
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {translate('resources.accounts.timeline.title')}
        </Typography>
        <Stack
          direction="row"
          sx={{ flexWrap: 'wrap', gap: 1, mb: 1 }}
          role="group"
          aria-label={translate('resources.accounts.timeline.filter')}
        >
          <Chip
            label={translate('resources.accounts.timeline.all')}
            color={shown === null ? 'primary' : 'default'}
            variant={shown === null ? 'filled' : 'outlined'}
            onClick={() => setShown(null)}
            aria-pressed={shown === null}
          />
          {(data?.kinds ?? []).map((kind) => {
            const on = shown?.includes(kind) ?? false;
            return (
              <Chip
                key={kind}
                label={translate(`resources.accounts.timeline.kinds.${kind}`)}
                color={on ? 'primary' : 'default'}
                variant={on ? 'filled' : 'outlined'}
                onClick={() => toggle(kind)}
                aria-pressed={on}
                data-testid={`timeline-kind-${kind}`}
              />
            );
          })}
        </Stack>
        <Box sx={{ height: 4 }}>{(isPending || isFetching) && <LinearProgress />}</Box>
        {data && data.items.length === 0 && (
          <Typography variant="body2" sx={{ mt: 1 }}>
            {translate('resources.accounts.timeline.empty')}
          </Typography>
        )}
        <List dense disablePadding>
          {data?.items.map((item) => (
            <ListItem key={item.key} disableGutters divider data-testid="timeline-item" data-kind={item.kind}>
              <ListItemText
                primary={<Link to={createPath({ ...target(item), type: 'show' })}>{text(item)}</Link>}
                secondary={`${when.format(new Date(item.at))} · ${translate(`resources.accounts.timeline.kinds.${item.kind}`)}`}
              />
            </ListItem>
          ))}
        </List>
        {data && (
          <Typography variant="caption" color="text.secondary">
            {translate('resources.accounts.timeline.bounded', { n: data.perKind })}
          </Typography>
        )}
      </CardContent>
    </Card>
  );
};
