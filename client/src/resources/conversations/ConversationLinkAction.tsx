import BuildIcon from '@mui/icons-material/Build';
import ReceiptIcon from '@mui/icons-material/ReceiptLong';
import { Button } from '@mui/material';
import { useState } from 'react';
import { Link, useCreatePath, useGetList, useGetOne, useTranslate } from 'react-admin';
import { FixTransferDialog } from '../transfers/FixTransferDialog.tsx';
import type { Transfer } from '../transfers/transferTypes.ts';
import { useRoles } from '../accounts/useRoles.ts';
import type { Conversation } from './conversationTypes.ts';

/** A conversation about a transfer: the fix dialog of the transfer's page, opened here in one click. */
const FixLinkedTransfer = ({ transferId }: { transferId: number }) => {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const { data: transfer } = useGetOne<Transfer>('transfers', { id: transferId });
  if (!transfer) return null;
  const fixable = transfer.status === 'pending' || transfer.status === 'delivered';
  return (
    <>
      <Button
        variant="outlined"
        startIcon={<BuildIcon />}
        disabled={!fixable}
        onClick={() => setOpen(true)}
        data-testid="conversation-fix-transfer"
      >
        {translate(fixable ? 'resources.conversations.links.fix_transfer' : 'resources.conversations.links.transfer_fixed', {
          id: transferId,
        })}
      </Button>
      {open && <FixTransferDialog transfer={transfer} onClose={() => setOpen(false)} />}
    </>
  );
};

/** A conversation about an order: its refund case if one was asked for, else the order. */
const OpenRefundCase = ({ orderId }: { orderId: number }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { data: refunds } = useGetList('refunds', {
    filter: { orderId },
    sort: { field: 'id', order: 'DESC' },
    pagination: { page: 1, perPage: 1 },
  });
  const refund = refunds?.[0];
  const to = refund
    ? createPath({ resource: 'refunds', id: refund.id, type: 'show' })
    : createPath({ resource: 'orders', id: orderId, type: 'show' });
  return (
    <Button component={Link} to={to} variant="outlined" startIcon={<ReceiptIcon />} data-testid="conversation-refund-case">
      {translate(refund ? 'resources.conversations.links.refund_case' : 'resources.conversations.links.order', {
        id: refund?.id ?? orderId,
      })}
    </Button>
  );
};

export const ConversationLinkAction = ({ conversation }: { conversation: Conversation }) => {
  const { reads } = useRoles();
  if (conversation.transferId && reads('transfers')) return <FixLinkedTransfer transferId={conversation.transferId} />;
  if (conversation.orderId && reads('refunds')) return <OpenRefundCase orderId={conversation.orderId} />;
  return null;
};
