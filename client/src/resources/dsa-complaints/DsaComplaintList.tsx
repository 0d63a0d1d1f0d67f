import { DataTable, List, SearchInput, SelectField, SelectInput, TextField } from 'react-admin';
import { csvExporter } from '../../components/csvExporter.ts';
import { DSA_COMPLAINT_STATUSES } from '../../../../server/domain/enums.ts';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { RefField } from '../../components/RefField.tsx';
import { StatusTabs } from '../../components/StatusTabs.tsx';
import { complainantRoleChoices, complaintStatusChoices } from './complaintChoices.ts';
import { ComplaintDeadlineField } from './ComplaintDeadlineField.tsx';
import { ListPagination } from '../../components/ListPagination.tsx';

// `q`: the complaint reference. The tabs set `status`.
const complaintFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="complainantRole" source="complainantRole" choices={complainantRoleChoices} />,
];

/** The complaints queue (DSA Art. 20): open ones first, the nearest deadline on top. */
export const DsaComplaintList = () => (
  <List
    pagination={<ListPagination />}
    exporter={csvExporter}
    filters={complaintFilters}
    filterDefaultValues={{ status: 'open' }}
    sort={{ field: 'deadlineAt', order: 'ASC' }}
    perPage={25}
  >
    <StatusTabs statuses={DSA_COMPLAINT_STATUSES} enumName="dsa_complaint_status" label="resources.dsa-complaints.tabs_label" />
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="reference" />
      <DataTable.Col source="complainantRole" disableSort>
        <SelectField source="complainantRole" choices={complainantRoleChoices} />
      </DataTable.Col>
      <DataTable.Col source="statementId" disableSort>
        <RefField source="statementId" reference="statements-of-reasons" emptyText="—">
          <TextField source="puid" />
        </RefField>
      </DataTable.Col>
      <DataTable.Col source="noticeId" disableSort>
        <RefField source="noticeId" reference="dsa-notices" emptyText="—">
          <TextField source="reference" />
        </RefField>
      </DataTable.Col>
      <DataTable.Col source="receivedAt" field={DateTimeField} />
      <DataTable.Col source="deadlineAt" label="resources.dsa-complaints.fields.deadlineAt" field={ComplaintDeadlineField} />
      <DataTable.Col source="status">
        <SelectField source="status" choices={complaintStatusChoices} />
      </DataTable.Col>
    </DataTable>
  </List>
);
