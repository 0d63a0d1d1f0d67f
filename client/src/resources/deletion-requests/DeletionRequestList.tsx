import { csvExporter } from '../../components/csvExporter.ts';
import { DataTable, List, SelectInput, useTranslate } from 'react-admin';
import { DELETION_REQUEST_STATUSES } from '../../../../server/domain/enums.ts';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { RefField } from '../../components/RefField.tsx';
import { ReferenceFilterInput } from '../../components/ReferenceFilterInput.tsx';
import { ClockValue } from '../refunds/ClockValue.tsx';
import { ProcessDeletionButton } from './ProcessDeletionButton.tsx';
import { ListPagination } from '../../components/ListPagination.tsx';

type Row = { id: number; status: string; dueAt: string; completedAt: string | null };

const useFilters = () => {
  const translate = useTranslate();
  return [
    <SelectInput
      key="status"
      source="status"
      alwaysOn
      choices={DELETION_REQUEST_STATUSES.map((s) => ({ id: s, name: translate(`resources.deletion-requests.status.${s}`) }))}
    />,
    <ReferenceFilterInput key="accountId" source="accountId" reference="accounts" />,
  ];
};

// GCU §5.3: the customer closes the account from the app; support deactivates it before the deadline (setting deletion_request_days).
export const DeletionRequestList = () => {
  const translate = useTranslate();
  return (
    <List
      pagination={<ListPagination />}
      exporter={csvExporter}
      filters={useFilters()}
      filterDefaultValues={{ status: 'open' }}
      sort={{ field: 'dueAt', order: 'ASC' }}
    >
      <DataTable bulkActionButtons={false}>
        <DataTable.Col source="id" />
        <DataTable.Col source="accountId" disableSort>
          <RefField source="accountId" reference="accounts" />
        </DataTable.Col>
        <DataTable.Col source="receivedAt" field={DateTimeField} />
        <DataTable.Col<Row>
          source="dueAt"
          render={(r) => <ClockValue deadline={r.dueAt} doneAt={r.completedAt} running={r.status === 'open'} />}
        />
        <DataTable.Col<Row> source="status" render={(r) => translate(`resources.deletion-requests.status.${r.status}`)} />
        <DataTable.Col source="note" disableSort />
        <DataTable.Col>
          <ProcessDeletionButton />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};
