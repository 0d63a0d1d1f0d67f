import { Datagrid, EmailField, List, SearchInput, SelectField, SelectInput, TextField } from 'react-admin';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { RefField } from '../../components/RefField.tsx';
import { complaintStatusChoices } from './complaintChoices.ts';

// `q`: the complaint reference.
const complaintFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={complaintStatusChoices} alwaysOn />,
];

export const DsaComplaintList = () => (
  <List filters={complaintFilters} sort={{ field: 'receivedAt', order: 'DESC' }}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="reference" />
      <DateTimeField source="receivedAt" />
      <EmailField source="complainantEmail" sortable={false} />
      <RefField source="noticeId" reference="dsa-notices" sortable={false} />
      <RefField source="statementId" reference="statements-of-reasons" sortable={false} />
      <SelectField source="status" choices={complaintStatusChoices} />
      <DateTimeField source="decidedAt" />
    </Datagrid>
  </List>
);
