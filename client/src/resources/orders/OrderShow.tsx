import { Box } from '@mui/material';
import { Show, TopToolbar } from 'react-admin';
import { OrderRefunds } from './OrderRefunds.tsx';
import { OrderSummary } from './OrderSummary.tsx';
import { RequestRefundButton } from './RequestRefundButton.tsx';
import { HistoryButton } from '../audit-log/AuditFields.tsx';

const OrderShowActions = () => (
  <TopToolbar>
    <RequestRefundButton />
    <HistoryButton />
  </TopToolbar>
);

/** The order, its refund requests, and "Log a refund request" for a customer who asked by e-mail or phone. */
export const OrderShow = () => (
  <Show actions={<OrderShowActions />}>
    <Box sx={{ p: 2 }}>
      <OrderSummary />
      <OrderRefunds />
    </Box>
  </Show>
);
