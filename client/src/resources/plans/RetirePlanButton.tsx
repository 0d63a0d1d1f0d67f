import ArchiveIcon from '@mui/icons-material/Archive';
import { useState } from 'react';
import { Button, Confirm, useCanAccess, useNotify, useRecordContext, useRefresh, useUpdate } from 'react-admin';
import type { Plan } from './planTypes.ts';

/** Takes a plan off sale (status → retired); customers keep the plans they bought (docs/RULES.md "Countries and plans"). */
export const RetirePlanButton = () => {
  const plan = useRecordContext<Plan>();
  const { canAccess } = useCanAccess({ resource: 'plans', action: 'edit' });
  const [open, setOpen] = useState(false);
  const [update, { isPending }] = useUpdate<Plan>();
  const notify = useNotify();
  const refresh = useRefresh();
  if (!plan || !canAccess || plan.status === 'retired') return null;

  const retire = () =>
    update(
      'plans',
      { id: plan.id, data: { ...plan, status: 'retired' }, previousData: plan },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => {
          setOpen(false);
          notify('resources.plans.retire.done', { type: 'success' });
          refresh();
        },
        onError: (error) => {
          setOpen(false);
          notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
        },
      },
    );

  return (
    <>
      <Button label="resources.plans.retire.button" onClick={() => setOpen(true)} disabled={isPending}>
        <ArchiveIcon />
      </Button>
      <Confirm
        isOpen={open}
        loading={isPending}
        title="resources.plans.retire.title"
        content="resources.plans.retire.content"
        translateOptions={{ name: plan.name }}
        onConfirm={retire}
        onClose={() => setOpen(false)}
      />
    </>
  );
};
