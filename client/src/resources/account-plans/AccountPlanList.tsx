import { BooleanField, DataTable, List, NullableBooleanInput, SelectField, SelectInput } from 'react-admin';
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
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="id" />
      <DataTable.Col source="accountId" disableSort>
        <RefField source="accountId" reference="accounts" />
      </DataTable.Col>
      <DataTable.Col source="name" />
      <DataTable.Col source="origin">
        <SelectField source="origin" choices={originChoices} />
      </DataTable.Col>
      <DataTable.Col source="status">
        <SelectField source="status" choices={accountPlanStatusChoices} />
      </DataTable.Col>
      <DataTable.Col source="dataRemainingMb" field={DataField} />
      <DataTable.Col source="dataTotalMb" field={DataField} />
      <DataTable.Col source="dataBlocked" disableSort field={BooleanField} />
      <DataTable.Col source="expiresAt" field={DateTimeField} />
    </DataTable>
  </List>
);
