import { DataTable, List } from 'react-admin';
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
    <DataTable rowClick="show" bulkActionButtons={false} sx={hideColumnsBelow('lg', ['recipientAccountId', 'fixedAt'])}>
      <DataTable.Col source="id" />
      <DataTable.Col source="createdAt" field={DateTimeField} />
      <DataTable.Col source="senderAccountId" disableSort>
        <RefField source="senderAccountId" reference="accounts" />
      </DataTable.Col>
      <DataTable.Col source="recipientEmail" />
      <DataTable.Col source="recipientAccountId" disableSort>
        <RefField source="recipientAccountId" reference="accounts" />
      </DataTable.Col>
      {/* Shown in MB, sorted by the whole GB the server sorts on. */}
      <DataTable.Col source="amountGb" label="resources.transfers.fields.amountMb">
        <TransferAmountField source="amountMb" />
      </DataTable.Col>
      <DataTable.Col source="status" field={TransferStatusField} />
      <DataTable.Col source="fixedAt" field={TransferFixedField} />
    </DataTable>
  </List>
);
