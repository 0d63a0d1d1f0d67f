import { DataTable, List, SearchInput, SelectField, SelectInput, TextInput } from 'react-admin';
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
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="id" />
      <DataTable.Col source="createdAt" field={DateTimeField} />
      <DataTable.Col source="accountId" disableSort>
        <RefField source="accountId" reference="accounts" />
      </DataTable.Col>
      <DataTable.Col source="channel" disableSort>
        <SelectField source="channel" choices={messageChannelChoices} />
      </DataTable.Col>
      <DataTable.Col source="toAddress" />
      <DataTable.Col source="template">
        <CodeLabelField source="template" labels="resources.messages.templates" />
      </DataTable.Col>
      <DataTable.Col source="status">
        <SelectField source="status" choices={messageStatusChoices} />
      </DataTable.Col>
      <DataTable.Col source="deliveryStatus">
        <SelectField source="deliveryStatus" choices={deliveryStatusChoices} emptyText="—" />
      </DataTable.Col>
      <DataTable.NumberCol source="attempts" />
      <DataTable.Col>
        <RetryMessageButton />
      </DataTable.Col>
    </DataTable>
  </List>
);
