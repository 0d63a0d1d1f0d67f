import { DataTable, List, SelectInput, useTranslate } from 'react-admin';
import { CUSTOMER_COMPLAINT_CHANNELS, CUSTOMER_COMPLAINT_STATUSES } from '../../../../server/domain/enums.ts';
import { COMPLAINT_STATES } from '../../../../server/domain/complaints/complaintStates.ts';
import { csvExporter } from '../../components/csvExporter.ts';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { RefField } from '../../components/RefField.tsx';
import { ReferenceFilterInput } from '../../components/ReferenceFilterInput.tsx';
import { StatusTabs } from '../../components/StatusTabs.tsx';
import { ClockValue } from '../refunds/ClockValue.tsx';
import type { ComplaintRecord } from './complaintTypes.ts';
import { ListPagination } from '../../components/ListPagination.tsx';

const filters = [
  <SelectInput
    key="channel"
    source="channel"
    choices={CUSTOMER_COMPLAINT_CHANNELS.map((c) => ({ id: c, name: `enums.complaint_channel.${c}` }))}
  />,
  <ReferenceFilterInput key="accountId" source="accountId" reference="accounts" />,
];

/** The complaints register (GCU §14, GCS §18): the unanswered first, the nearest deadline on top (setting complaint_answer_days). */
export const ComplaintList = () => {
  const translate = useTranslate();
  return (
    <List
      pagination={<ListPagination />}
      exporter={csvExporter}
      filters={filters}
      filterDefaultValues={{ status: 'acknowledged' }}
      sort={{ field: 'dueAt', order: 'ASC' }}
    >
      <StatusTabs statuses={CUSTOMER_COMPLAINT_STATUSES} enumName="complaint_status" label="resources.customer-complaints.tabs_label" />
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="id" />
        <DataTable.Col source="accountId" disableSort>
          <RefField source="accountId" reference="accounts" />
        </DataTable.Col>
        <DataTable.Col<ComplaintRecord> source="channel" disableSort render={(r) => translate(`enums.complaint_channel.${r.channel}`)} />
        <DataTable.Col source="subject" disableSort />
        <DataTable.Col source="receivedAt" field={DateTimeField} />
        <DataTable.Col<ComplaintRecord>
          source="dueAt"
          render={(r) => (
            <ClockValue
              deadline={r.dueAt}
              doneAt={r.answeredAt}
              running={COMPLAINT_STATES[r.status as keyof typeof COMPLAINT_STATES]?.clock ?? false}
            />
          )}
        />
        <DataTable.Col<ComplaintRecord>
          source="status"
          render={(r) => <span data-testid={`complaint-status-${r.id}`}>{translate(`enums.complaint_status.${r.status}`)}</span>}
        />
      </DataTable>
    </List>
  );
};
