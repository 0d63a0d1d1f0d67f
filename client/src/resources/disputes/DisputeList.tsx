import { DataTable, List } from 'react-admin';
import { DISPUTE_STATUSES } from '../../../../server/domain/enums.ts';
import { csvExporter } from '../../components/csvExporter.ts';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { MoneyField } from '../../components/MoneyField.tsx';
import { RefField } from '../../components/RefField.tsx';
import { StatusTabs } from '../../components/StatusTabs.tsx';
import { DisputeStatusField } from './DisputeStatusField.tsx';
import { ListPagination } from '../../components/ListPagination.tsx';

/** Finance's disputes queue: open ones first by evidence due date (the bank's deadline), then the decided ones. */
export const DisputeList = () => (
  <List
    pagination={<ListPagination />}
    exporter={csvExporter}
    sort={{ field: 'evidenceDueBy', order: 'ASC' }}
    filterDefaultValues={{ status: 'open' }}
  >
    <StatusTabs statuses={DISPUTE_STATUSES} enumName="dispute_status" label="resources.disputes.tabs" />
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.NumberCol source="id" />
      <DataTable.Col source="orderId" disableSort>
        <RefField source="orderId" reference="orders" />
      </DataTable.Col>
      <DataTable.Col source="accountId" disableSort>
        <RefField source="accountId" reference="accounts" />
      </DataTable.Col>
      <DataTable.Col source="reason" disableSort />
      <DataTable.Col source="amountCents" field={MoneyField} />
      <DataTable.Col source="status" field={DisputeStatusField} />
      <DataTable.Col source="evidenceDueBy" field={DateTimeField} />
      <DataTable.Col source="openedAt" field={DateTimeField} />
    </DataTable>
  </List>
);
