import { Datagrid, List, NumberField, TextField } from 'react-admin';
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
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <NumberField source="id" />
      <RefField source="orderId" reference="orders" sortable={false} />
      <RefField source="accountId" reference="accounts" sortable={false} />
      <TextField source="reason" sortable={false} />
      <MoneyField source="amountCents" />
      <DisputeStatusField source="status" />
      <DateTimeField source="evidenceDueBy" />
      <DateTimeField source="openedAt" />
    </Datagrid>
  </List>
);
