import RequestIcon from '@mui/icons-material/AssignmentReturn';
import { useState } from 'react';
import { Button, usePermissions, useRecordContext } from 'react-admin';
import { mayRunAction } from '../../../../server/domain/permissions.ts';
import type { Role } from '../../../../server/domain/enums.ts';
import type { Order } from '../refunds/refundTypes.ts';
import { RequestRefundDialog } from './RequestRefundDialog.tsx';

/** "Log a refund request" for support and finance (the API refuses a second open request on the order). */
export const RequestRefundButton = () => {
  const order = useRecordContext<Order>();
  const { permissions } = usePermissions<Role[]>();
  const [open, setOpen] = useState(false);
  if (!order || !mayRunAction(permissions ?? [], 'orders.request-refund')) return null;
  return (
    <>
      <Button label="resources.refunds.request.button" onClick={() => setOpen(true)} data-testid="request-refund">
        <RequestIcon />
      </Button>
      {open && <RequestRefundDialog order={order} onClose={() => setOpen(false)} />}
    </>
  );
};
