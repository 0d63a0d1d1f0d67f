import { DataTable, List, NumberInput } from 'react-admin';
import { csvExporter } from '../../components/csvExporter.ts';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { RefField } from '../../components/RefField.tsx';
import { ListPagination } from '../../components/ListPagination.tsx';

const referralFilters = [<NumberInput key="noticeId" source="noticeId" alwaysOn />];

export const LawEnforcementReferralList = () => (
  <List pagination={<ListPagination />} exporter={csvExporter} filters={referralFilters} sort={{ field: 'referredAt', order: 'DESC' }}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="id" />
      <DataTable.Col source="referredAt" field={DateTimeField} />
      <DataTable.Col source="noticeId" disableSort>
        <RefField source="noticeId" reference="dsa-notices" />
      </DataTable.Col>
      <DataTable.Col source="authority" />
      <DataTable.Col source="referredByStaffId" disableSort>
        <RefField source="referredByStaffId" reference="staff" />
      </DataTable.Col>
    </DataTable>
  </List>
);
