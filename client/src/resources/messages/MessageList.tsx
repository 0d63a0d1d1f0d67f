import { Datagrid, List, NumberField, SearchInput, SelectField, SelectInput, TextField, TextInput } from 'react-admin';
import { CodeLabelField } from '../../components/CodeLabelField.tsx';
import { csvExporter } from '../../components/csvExporter.ts';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { RefField } from '../../components/RefField.tsx';
import { ReferenceFilterInput } from '../../components/ReferenceFilterInput.tsx';
import { deliveryStatusChoices, messageChannelChoices, messageStatusChoices } from './messageChoices.ts';
import { RetryMessageButton } from './RetryMessageButton.tsx';
import { ListPagination } from '../../components/ListPagination.tsx';

// `q`: recipient address.
const messageFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={messageStatusChoices} alwaysOn />,
  <SelectInput key="channel" source="channel" choices={messageChannelChoices} />,
  <SelectInput key="deliveryStatus" source="deliveryStatus" choices={deliveryStatusChoices} />,
  <TextInput key="template" source="template" />,
  <ReferenceFilterInput key="accountId" source="accountId" reference="accounts" />,
];

export const MessageList = () => (
  <List pagination={<ListPagination />} exporter={csvExporter} filters={messageFilters} sort={{ field: 'createdAt', order: 'DESC' }}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="id" />
      <DateTimeField source="createdAt" />
      <RefField source="accountId" reference="accounts" sortable={false} />
      <SelectField source="channel" choices={messageChannelChoices} sortable={false} />
      <TextField source="toAddress" />
      <CodeLabelField source="template" labels="resources.messages.templates" />
      <SelectField source="status" choices={messageStatusChoices} />
      <SelectField source="deliveryStatus" choices={deliveryStatusChoices} emptyText="—" />
      <NumberField source="attempts" />
      <RetryMessageButton />
    </Datagrid>
  </List>
);
