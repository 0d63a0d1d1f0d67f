import SendIcon from '@mui/icons-material/Send';
import { Alert, Box, Button, Card, CardContent, Grid, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Show, useDataProvider, useNotify, usePermissions, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { Role } from '../../../../server/domain/enums.ts';
import { mayQuery, mayRunAction } from '../../../../server/domain/permissions.ts';
import { ActionDialog } from '../../components/ActionDialog.tsx';
import { ActionFailureAlert } from '../../components/ActionFailureAlert.tsx';
import { useIdempotentAction } from '../../components/useIdempotentAction.ts';
import type { KoletDataProvider } from '../../dataProvider.ts';

type Notice = {
  id: number;
  kind: string;
  audience: string;
  countryCode: string | null;
  effectiveOn: string | null;
  status: string;
  recipientCount: number;
  queuedCount: number;
};
type Preview = { count: number; byLocale: { fr: number; en: number }; messages: Record<'fr' | 'en', { subject: string; body: string }> };

const SendDialog = ({ notice, count, onClose }: { notice: Notice; count: number; onClose: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const run = useIdempotentAction<Notice>('customer-notices', notice.id, 'send');
  const t = (key: string, args?: Record<string, unknown>) => translate(`resources.customer-notices.send.${key}`, args);
  return (
    <ActionDialog<Record<string, never>>
      name="notice-send"
      title={t('title', { id: notice.id })}
      initialValues={{}}
      fields={<Typography variant="body2">{t('intro')}</Typography>}
      question={() => (
        <Alert severity="warning" data-testid="notice-send-question">
          {t('question', { smart_count: count })}
        </Alert>
      )}
      reviewLabel={translate('resources.accounts.actions.review')}
      confirmLabel={t('confirm')}
      runningLabel={translate('resources.accounts.actions.running')}
      confirmColor="warning"
      isPending={run.isPending}
      failure={
        run.failure && (
          <ActionFailureAlert failure={run.failure} codes="resources.customer-notices.errors" fields="resources.customer-notices.fields" />
        )
      }
      onConfirm={() =>
        void run.run({}).then((outcome) => {
          if (!outcome.ok) return;
          notify(t('success', { smart_count: outcome.data.recipientCount }), { type: 'success' });
          refresh();
          onClose();
        })
      }
      onBack={run.clearFailure}
      onClose={onClose}
    />
  );
};

const NoticeBody = () => {
  const notice = useRecordContext<Notice>();
  const translate = useTranslate();
  const dataProvider = useDataProvider<KoletDataProvider>();
  const { permissions } = usePermissions<Role[]>();
  const roles = permissions ?? [];
  const [sending, setSending] = useState(false);
  const preview = useQuery({
    queryKey: ['customer-notices', 'preview', String(notice?.id), notice?.status],
    queryFn: async () => (await dataProvider.get<Preview>(`customer-notices/${notice!.id}/preview`)).data,
    enabled: !!notice && mayQuery(roles, 'customer-notices.preview'),
  });
  if (!notice) return null;
  const t = (key: string, args?: Record<string, unknown>) => translate(`resources.customer-notices.${key}`, args);
  return (
    <Box sx={{ p: 2, display: 'flex', flexDirection: 'column', gap: 2 }}>
      <Typography variant="body2" data-testid="notice-facts">
        {translate(`enums.notice_kind.${notice.kind}`)} · {translate(`enums.notice_audience.${notice.audience}`)}
        {notice.countryCode ? ` (${notice.countryCode})` : ''}
        {notice.effectiveOn ? ` · ${t('fields.effectiveOn')}: ${notice.effectiveOn}` : ''} ·{' '}
        {translate(`enums.notice_status.${notice.status}`)}
      </Typography>
      {preview.data && (
        <Alert severity={notice.status === 'draft' ? 'info' : 'success'} data-testid="notice-count">
          {t(notice.status === 'draft' ? 'preview.count_now' : 'preview.count_frozen', {
            smart_count: preview.data.count,
            fr: preview.data.byLocale.fr,
            en: preview.data.byLocale.en,
          })}
          {notice.status !== 'draft' && ` ${t('preview.queued', { queued: notice.queuedCount, total: notice.recipientCount })}`}
        </Alert>
      )}
      {notice.status === 'draft' && mayRunAction(roles, 'customer-notices.send') && preview.data && (
        <Box>
          <Button
            variant="contained"
            color="warning"
            startIcon={<SendIcon />}
            onClick={() => setSending(true)}
            data-testid="notice-send"
            disabled={!preview.data.count}
          >
            {t('send.button', { smart_count: preview.data.count })}
          </Button>
        </Box>
      )}
      {preview.data && (
        <Grid container spacing={2}>
          {(['fr', 'en'] as const).map((lang) => (
            <Grid key={lang} size={{ xs: 12, md: 6 }}>
              <Card variant="outlined" data-testid={`notice-preview-${lang}`}>
                <CardContent>
                  <Typography variant="caption" color="text.secondary">
                    {t(`preview.${lang}`)}
                  </Typography>
                  <Typography variant="subtitle1">{preview.data.messages[lang].subject}</Typography>
                  <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
                    {preview.data.messages[lang].body}
                  </Typography>
                </CardContent>
              </Card>
            </Grid>
          ))}
        </Grid>
      )}
      {sending && preview.data && <SendDialog notice={notice} count={preview.data.count} onClose={() => setSending(false)} />}
    </Box>
  );
};

/** A notice: what each language reads, how many customers it reaches (now, or as frozen when sent), and the send. */
export const NoticeShow = () => (
  <Show actions={false}>
    <NoticeBody />
  </Show>
);
