import { useState } from 'react';
import { TopToolbar } from 'react-admin';
import { HistoryButton } from '../audit-log/AuditFields.tsx';
import { DocumentLinks } from '../../components/DocumentLinks.tsx';
import { ApproveRefundDialog } from './ApproveRefundDialog.tsx';
import { PayoutDialog } from './PayoutDialog.tsx';
import { PayoutFailedDialog } from './PayoutFailedDialog.tsx';
import { RefundActionButton } from './RefundActionButton.tsx';
import type { RefundActionName } from './refundActionStates.ts';
import { RejectRefundDialog } from './RejectRefundDialog.tsx';
import { useRefundActionStates } from './useRefundActionStates.ts';

/** Approve, Reject, Record payout, Record failed payout: what the case's status offers, each in its dialog. */
export const RefundShowActions = () => {
  const { refund, order, approvals, states } = useRefundActionStates();
  const [open, setOpen] = useState<RefundActionName | null>(null);
  const close = () => setOpen(null);
  return (
    <TopToolbar>
      {refund?.status === 'paid_out' && (
        <DocumentLinks
          links={[
            {
              label: 'resources.refunds.documents.credit_note',
              path: `refunds/${refund.id}/credit-note.pdf`,
              testId: 'refund-credit-note',
            },
          ]}
        />
      )}
      {states.map((state) => (
        <RefundActionButton key={state.name} state={state} onClick={() => setOpen(state.name)} />
      ))}
      {refund && open === 'approve' && order && approvals && (
        <ApproveRefundDialog refund={refund} order={order} approvals={approvals} onClose={close} />
      )}
      {refund && open === 'reject' && <RejectRefundDialog refund={refund} onClose={close} />}
      {refund && open === 'payout' && <PayoutDialog refund={refund} order={order} onClose={close} />}
      {refund && open === 'payout_failed' && <PayoutFailedDialog refund={refund} onClose={close} />}
      <HistoryButton />
    </TopToolbar>
  );
};
