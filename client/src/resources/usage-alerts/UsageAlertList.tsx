import { BooleanField, DataTable, List, NullableBooleanInput, NumberInput, SelectField, SelectInput } from 'react-admin';
import { csvExporter } from '../../components/csvExporter.ts';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { RefField } from '../../components/RefField.tsx';
import { alertChannelChoices, alertSetByChoices } from './alertChoices.ts';
import { ListPagination } from '../../components/ListPagination.tsx';

const alertFilters = [
  <NumberInput key="accountPlanId" source="accountPlanId" alwaysOn />,
  <SelectInput key="channel" source="channel" choices={alertChannelChoices} />,
  <NullableBooleanInput key="enabled" source="enabled" />,
];

export const UsageAlertList = () => (
  <List pagination={<ListPagination />} exporter={csvExporter} filters={alertFilters} sort={{ field: 'id', order: 'DESC' }}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="id" />
      <DataTable.Col source="accountPlanId" disableSort>
        <RefField source="accountPlanId" reference="account-plans" />
      </DataTable.Col>
      <DataTable.NumberCol source="thresholdPercent" />
      <DataTable.Col source="channel" disableSort>
        <SelectField source="channel" choices={alertChannelChoices} />
      </DataTable.Col>
      <DataTable.Col source="destination" disableSort />
      <DataTable.Col source="enabled" field={BooleanField} disableSort />
      <DataTable.Col source="firedAt" field={DateTimeField} />
      <DataTable.Col source="setBy" disableSort>
        <SelectField source="setBy" choices={alertSetByChoices} />
      </DataTable.Col>
    </DataTable>
  </List>
);
