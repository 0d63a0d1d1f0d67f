import { csvExporter } from '../../components/csvExporter.ts';
import { DataTable, List, SelectInput, useTranslate } from 'react-admin';
import { ACCESS_REQUEST_STATUSES } from '../../../../server/domain/enums.ts';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { RefField } from '../../components/RefField.tsx';
import { ReferenceFilterInput } from '../../components/ReferenceFilterInput.tsx';
import { ClockValue } from '../refunds/ClockValue.tsx';
import { ExportDataButton } from './ExportDataButton.tsx';
import { ListPagination } from '../../components/ListPagination.tsx';

type Row = { id: number; status: string; dueAt: string; fulfilledAt: string | null };

// GDPR Art. 15 and 20: a customer's request for their data, answered within one month (Art. 12(3)).
export const AccessRequestList = () => {
  const translate = useTranslate();
  const filters = [
    <SelectInput
      key="status"
      source="status"
      alwaysOn
      choices={ACCESS_REQUEST_STATUSES.map((s) => ({ id: s, name: `resources.access-requests.status.${s}` }))}
    />,
    <ReferenceFilterInput key="accountId" source="accountId" reference="accounts" />,
  ];
  return (
    <List
      pagination={<ListPagination />}
      exporter={csvExporter}
      filters={filters}
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
          render={(r) => <ClockValue deadline={r.dueAt} doneAt={r.fulfilledAt} running={r.status === 'open'} />}
        />
        <DataTable.Col<Row> source="status" render={(r) => translate(`resources.access-requests.status.${r.status}`)} />
        <DataTable.Col source="exportCount" disableSort />
        <DataTable.Col>
          <ExportDataButton />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};
