import { Datagrid, List, NumberInput, TextField } from 'react-admin';
import { csvExporter } from '../../components/csvExporter.ts';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { RefField } from '../../components/RefField.tsx';
import { ListPagination } from '../../components/ListPagination.tsx';

const referralFilters = [<NumberInput key="noticeId" source="noticeId" alwaysOn />];

export const LawEnforcementReferralList = () => (
  <List pagination={<ListPagination />} exporter={csvExporter} filters={referralFilters} sort={{ field: 'referredAt', order: 'DESC' }}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="id" />
      <DateTimeField source="referredAt" />
      <RefField source="noticeId" reference="dsa-notices" sortable={false} />
      <TextField source="authority" />
      <RefField source="referredByStaffId" reference="staff" sortable={false} />
    </Datagrid>
  </List>
);
