import { BooleanField, Datagrid, List, NullableBooleanInput, SelectField, SelectInput, TextField } from 'react-admin';
import { csvExporter } from '../../components/csvExporter.ts';
import { DataField } from '../../components/DataField.tsx';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { RefField } from '../../components/RefField.tsx';
import { ReferenceFilterInput } from '../../components/ReferenceFilterInput.tsx';
import { accountPlanStatusChoices, originChoices } from './accountPlanChoices.ts';
import { ListPagination } from '../../components/ListPagination.tsx';

const accountPlanFilters = [
  <ReferenceFilterInput key="accountId" source="accountId" reference="accounts" alwaysOn />,
  <SelectInput key="status" source="status" choices={accountPlanStatusChoices} alwaysOn />,
  <SelectInput key="origin" source="origin" choices={originChoices} />,
  <ReferenceFilterInput key="countryCode" source="countryCode" reference="countries" />,
  <NullableBooleanInput key="dataBlocked" source="dataBlocked" />,
];

export const AccountPlanList = () => (
  <List pagination={<ListPagination />} exporter={csvExporter} filters={accountPlanFilters} sort={{ field: 'createdAt', order: 'DESC' }}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="id" />
      <RefField source="accountId" reference="accounts" sortable={false} />
      <TextField source="name" />
      <SelectField source="origin" choices={originChoices} />
      <SelectField source="status" choices={accountPlanStatusChoices} />
      <DataField source="dataRemainingMb" />
      <DataField source="dataTotalMb" />
      <BooleanField source="dataBlocked" sortable={false} />
      <DateTimeField source="expiresAt" />
    </Datagrid>
  </List>
);
