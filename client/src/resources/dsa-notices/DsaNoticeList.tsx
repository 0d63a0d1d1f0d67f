import { BooleanField, Datagrid, List, NullableBooleanInput, SearchInput, SelectField, SelectInput, TextField } from 'react-admin';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { decisionChoices, noticeStatusChoices } from './noticeChoices.ts';

// `q`: the notice reference given to the notifier.
const noticeFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={noticeStatusChoices} alwaysOn />,
  <NullableBooleanInput key="threatToLife" source="threatToLife" />,
  <SelectInput key="decision" source="decision" choices={decisionChoices} />,
];

export const DsaNoticeList = () => (
  <List filters={noticeFilters} sort={{ field: 'receivedAt', order: 'DESC' }}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="reference" />
      <DateTimeField source="receivedAt" />
      <TextField source="category" />
      <BooleanField source="threatToLife" />
      <SelectField source="status" choices={noticeStatusChoices} />
      <DateTimeField source="decisionDueAt" />
      <SelectField source="decision" choices={decisionChoices} sortable={false} />
    </Datagrid>
  </List>
);
