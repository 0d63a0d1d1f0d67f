import { CircularProgress, Stack, Typography } from '@mui/material';
import { Link, useCreatePath, useTranslate } from 'react-admin';
import { OrderArchivedBadge } from '../orders/OrderArchivedBadge.tsx';
import { CaseCard } from './CaseCard.tsx';
import { FactList } from './FactList.tsx';
import { refundableCents, useRefundCase } from './useRefundCase.ts';
import { useFormatters } from './useFormatters.ts';

/** The order refunded: what was paid, how, what was already refunded, and whether the law archives it. */
export const RefundOrderCard = () => {
  const { refund, order } = useRefundCase();
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { money, time } = useFormatters();
  if (!refund) return null;
  const f = (field: string) => `resources.orders.fields.${field}`;
  return (
    <CaseCard title="resources.refunds.order.title" testId="refund-order">
      {!order ? (
        <CircularProgress size={24} />
      ) : (
        <>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1.5, flexWrap: 'wrap' }}>
            <Link to={createPath({ resource: 'orders', id: order.id, type: 'show' })}>
              {translate('resources.refunds.order.link', { id: order.id })}
            </Link>
            <Typography variant="body2" color="text.secondary">
              {translate(`enums.order_status.${order.status}`)}
            </Typography>
            <OrderArchivedBadge order={order} />
          </Stack>
          <FactList
            facts={[
              { label: f('orderedAt'), value: time(order.orderedAt) },
              { label: f('amountCents'), value: money(order.amountCents), testId: 'order-amount' },
              { label: f('vatCents'), value: money(order.vatCents) },
              { label: f('paymentMethod'), value: translate(`enums.payment_method.${order.paymentMethod}`) },
              { label: f('paymentReference'), value: order.paymentReference },
              { label: f('refundedCents'), value: money(order.refundedCents), testId: 'order-refunded' },
              { label: 'resources.refunds.order.refundable', value: money(refundableCents(order)), testId: 'order-refundable' },
            ]}
          />
        </>
      )}
    </CaseCard>
  );
};
