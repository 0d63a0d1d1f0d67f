import { DataTable, List, SearchInput, SelectField, SelectInput } from 'react-admin';
import { csvExporter } from '../../components/csvExporter.ts';
import { ESIM_STATUSES } from '../../../../server/domain/enums.ts';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { RefField } from '../../components/RefField.tsx';
import { ReferenceFilterInput } from '../../components/ReferenceFilterInput.tsx';
import { enumChoices } from '../../enumChoices.ts';
import { ListPagination } from '../../components/ListPagination.tsx';

const statusChoices = enumChoices('esim_status', ESIM_STATUSES);

// `q`: ICCID (docs/PRODUCT.md §3).
const esimFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={statusChoices} />,
  <ReferenceFilterInput key="accountId" source="accountId" reference="accounts" />,
];

export const EsimList = () => (
  <List pagination={<ListPagination />} exporter={csvExporter} filters={esimFilters} sort={{ field: 'createdAt', order: 'DESC' }}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="iccid" />
      <DataTable.Col source="accountId" disableSort>
        <RefField source="accountId" reference="accounts" />
      </DataTable.Col>
      <DataTable.Col source="device" disableSort />
      <DataTable.Col source="status" disableSort>
        <SelectField source="status" choices={statusChoices} />
      </DataTable.Col>
      <DataTable.Col source="installedAt" field={DateTimeField} />
    </DataTable>
  </List>
);
