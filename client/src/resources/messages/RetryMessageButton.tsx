import { useState } from 'react';
import ReplayIcon from '@mui/icons-material/Replay';
import { Button, useDataProvider, useNotify, useRecordContext, useRefresh } from 'react-admin';
import type { KoletDataProvider } from '../../dataProvider.ts';
import type { Message } from '../../types.ts';

/** Re-queues a dead message (`POST /api/messages/:id/retry`); shown on dead messages only. */
export const RetryMessageButton = () => {
  const record = useRecordContext<Message>();
  const dataProvider = useDataProvider<KoletDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [pending, setPending] = useState(false);
  if (!record || record.status !== 'dead') return null;

  const retry = async () => {
    setPending(true);
    try {
      await dataProvider.action('messages', record.id, 'retry', {});
      notify('notifications.message_retried', { type: 'success' });
      refresh();
    } catch (error) {
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
    } finally {
      setPending(false);
    }
  };

  return (
    <Button
      label="actions.retry"
      disabled={pending}
      onClick={(event) => {
        event.stopPropagation(); // inside a clickable DataTable row
        void retry();
      }}
    >
      <ReplayIcon />
    </Button>
  );
};
