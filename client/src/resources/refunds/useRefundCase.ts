import { useGetList, useGetOne, useRecordContext } from 'react-admin';
import type { AccountPlan, Order, Refund } from './refundTypes.ts';

/** The order a case is about and the plan it bought (`/api/orders/:id`, `/api/account-plans?filter={orderId}`). */
export function useRefundCase() {
  const refund = useRecordContext<Refund>();
  const orderId = refund?.orderId;
  const order = useGetOne<Order>('orders', { id: orderId ?? 0 }, { enabled: orderId !== undefined });
  const plans = useGetList<AccountPlan>(
    'account-plans',
    { filter: { orderId }, pagination: { page: 1, perPage: 1 }, sort: { field: 'id', order: 'ASC' } },
    { enabled: orderId !== undefined },
  );
  return {
    refund,
    order: order.data,
    plan: plans.data?.[0],
    isPending: order.isPending || plans.isPending,
    error: order.error ?? plans.error,
  };
}

/** What is still refundable on the order (never more than was paid, docs/PRODUCT.md §2). */
export const refundableCents = (order: Pick<Order, 'amountCents' | 'refundedCents'>): number =>
  Math.max(0, order.amountCents - order.refundedCents);
