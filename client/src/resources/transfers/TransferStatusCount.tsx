import { useGetList } from 'react-admin';
import type { TransferStatus } from './transferTypes.ts';

interface TransferStatusCountProps {
  status: TransferStatus;
  /** The list's other filters: the count follows the search and filters shown. */
  filter: Record<string, unknown>;
}

/**
 * How many transfers a tab holds: one row is fetched, the total comes from Content-Range.
 * useRefresh() invalidates it with the list, so the counts follow a fix.
 */
export const TransferStatusCount = ({ status, filter }: TransferStatusCountProps) => {
  const { total, isPending } = useGetList('transfers', {
    pagination: { page: 1, perPage: 1 },
    sort: { field: 'id', order: 'DESC' },
    filter: { ...filter, status },
  });
  return <span data-testid={`transfer-count-${status}`}>{isPending || total === undefined ? '…' : total}</span>;
};
