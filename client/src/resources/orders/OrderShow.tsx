import { Box } from '@mui/material';
import { Show, TopToolbar, useRecordContext } from 'react-admin';
import { DocumentLinks } from '../../components/DocumentLinks.tsx';
import { OrderRefunds } from './OrderRefunds.tsx';
import { OrderSummary } from './OrderSummary.tsx';
import { RecordDisputeButton } from './RecordDisputeDialog.tsx';
import { RequestRefundButton } from './RequestRefundButton.tsx';
import { HistoryButton } from '../audit-log/AuditFields.tsx';

const OrderDocuments = () => {
  const order = useRecordContext<{ id: number; amountCents: number }>();
  if (!order) return null;
  return (
    <DocumentLinks
      links={[
        ...(order.amountCents > 0
          ? [{ label: 'resources.orders.documents.invoice', path: `orders/${order.id}/invoice.pdf`, testId: 'order-invoice' }]
          : []),
        { label: 'resources.orders.documents.contract', path: `orders/${order.id}/contract.pdf`, testId: 'order-contract' },
      ]}
    />
  );
};

const OrderShowActions = () => (
  <TopToolbar>
    <OrderDocuments />
    <RequestRefundButton />
    <RecordDisputeButton />
    <HistoryButton />
  </TopToolbar>
);

/**
 * The order, its refund requests, "Log a refund request" for a customer who asked by e-mail or phone, and
 * (manual provider) "Record a chargeback" when the bank reports a dispute.
 */
export const OrderShow = () => (
  <Show actions={<OrderShowActions />}>
    <Box sx={{ p: 2 }}>
      <OrderSummary />
      <OrderRefunds />
    </Box>
  </Show>
);
