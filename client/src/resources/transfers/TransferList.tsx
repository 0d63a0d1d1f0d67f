import { Datagrid, List, TextField } from 'react-admin';
import { ActiveFilterChips } from '../../components/ActiveFilterChips.tsx';
import { hideColumnsBelow } from '../../components/hideColumns.ts';
import { csvExporter } from '../../components/csvExporter.ts';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { RefField } from '../../components/RefField.tsx';
import { TransferAmountField } from './TransferAmountField.tsx';
import { transferFilters } from './transferFilters.tsx';
import { TransferFixedField } from './TransferFixedField.tsx';
import { TransferStatusField } from './TransferStatusField.tsx';
import { StatusTabs } from '../../components/StatusTabs.tsx';
import { TRANSFER_TABS } from './transferChoices.ts';
import { SAVED_QUERIES_LIST_SX, SavedQueriesAside } from '../../components/SavedQueriesAside.tsx';
import { ListPagination } from '../../components/ListPagination.tsx';

// Pending first: that is where a mistyped address waits for support.
export const TransferList = () => (
  <List
    pagination={<ListPagination />}
    aside={<SavedQueriesAside />}
    sx={SAVED_QUERIES_LIST_SX}
    exporter={csvExporter}
    filters={transferFilters}
    filterDefaultValues={{ status: 'pending' }}
    sort={{ field: 'createdAt', order: 'DESC' }}
    perPage={25}
  >
    <ActiveFilterChips
      defaults={{ status: 'pending' }}
      sort={{ field: 'createdAt', order: 'DESC' }}
      except={(v) => (typeof v.status === 'string' ? ['status'] : [])}
      enums={{ status: 'transfer_status' }}
    />
    <StatusTabs statuses={TRANSFER_TABS} enumName="transfer_status" label="resources.transfers.list.tabs" />
    <Datagrid rowClick="show" bulkActionButtons={false} sx={hideColumnsBelow('lg', ['recipientAccountId', 'fixedAt'])}>
      <TextField source="id" />
      <DateTimeField source="createdAt" />
      <RefField source="senderAccountId" reference="accounts" sortable={false} />
      <TextField source="recipientEmail" />
      <RefField source="recipientAccountId" reference="accounts" sortable={false} />
      <TransferAmountField source="amountMb" sortBy="amountGb" />
      <TransferStatusField source="status" />
      <TransferFixedField source="fixedAt" />
    </Datagrid>
  </List>
);
