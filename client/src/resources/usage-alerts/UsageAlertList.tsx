import {
  BooleanField,
  Datagrid,
  List,
  NullableBooleanInput,
  NumberField,
  NumberInput,
  SelectField,
  SelectInput,
  TextField,
} from 'react-admin';
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
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="id" />
      <RefField source="accountPlanId" reference="account-plans" sortable={false} />
      <NumberField source="thresholdPercent" />
      <SelectField source="channel" choices={alertChannelChoices} sortable={false} />
      <TextField source="destination" sortable={false} />
      <BooleanField source="enabled" sortable={false} />
      <DateTimeField source="firedAt" />
      <SelectField source="setBy" choices={alertSetByChoices} sortable={false} />
    </Datagrid>
  </List>
);
