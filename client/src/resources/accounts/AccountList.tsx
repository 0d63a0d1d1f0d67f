import {
  BooleanField,
  DataTable,
  DateInput,
  EmailField,
  List,
  NullableBooleanInput,
  SearchInput,
  SelectField,
  SelectInput,
} from 'react-admin';
import { csvExporter } from '../../components/csvExporter.ts';
import { ACCOUNT_STATUSES } from '../../../../server/domain/enums.ts';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { enumChoices } from '../../enumChoices.ts';
import { SAVED_QUERIES_LIST_SX, SavedQueriesAside } from '../../components/SavedQueriesAside.tsx';
import { ListPagination } from '../../components/ListPagination.tsx';

const statusChoices = enumChoices('account_status', ACCOUNT_STATUSES);

// `q`: e-mail prefix (docs/PRODUCT.md §3).
const accountFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={statusChoices} />,
  <NullableBooleanInput key="dataBlocked" source="dataBlocked" />,
  <DateInput key="createdAt_gte" source="createdAt_gte" />,
];

export const AccountList = () => (
  <List
    pagination={<ListPagination />}
    aside={<SavedQueriesAside />}
    sx={SAVED_QUERIES_LIST_SX}
    exporter={csvExporter}
    filters={accountFilters}
    sort={{ field: 'createdAt', order: 'DESC' }}
  >
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="id" />
      <DataTable.Col source="email" field={EmailField} />
      <DataTable.Col source="name" disableSort />
      <DataTable.Col source="status">
        <SelectField source="status" choices={statusChoices} />
      </DataTable.Col>
      <DataTable.Col source="dataBlocked" disableSort field={BooleanField} />
      <DataTable.Col source="createdAt" field={DateTimeField} />
    </DataTable>
  </List>
);
