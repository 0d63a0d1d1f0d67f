import { DataTable, List, SearchInput, SelectField, SelectInput } from 'react-admin';
import { csvExporter } from '../../components/csvExporter.ts';
import { DataField } from '../../components/DataField.tsx';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { MoneyField } from '../../components/MoneyField.tsx';
import { promoKindChoices, promoStatusChoices } from './promoChoices.ts';
import { ListPagination } from '../../components/ListPagination.tsx';

// `q`: the code.
const promoFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={promoKindChoices} />,
  <SelectInput key="status" source="status" choices={promoStatusChoices} />,
];

export const PromoCodeList = () => (
  <List pagination={<ListPagination />} exporter={csvExporter} filters={promoFilters} sort={{ field: 'createdAt', order: 'DESC' }}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="code" />
      <DataTable.Col source="kind">
        <SelectField source="kind" choices={promoKindChoices} />
      </DataTable.Col>
      <DataTable.Col source="partner" disableSort />
      <DataTable.NumberCol source="discountPercent" disableSort />
      <DataTable.Col source="discountCents" field={MoneyField} disableSort />
      <DataTable.Col source="bonusMb" field={DataField} disableSort />
      <DataTable.Col source="validFrom" field={DateTimeField} />
      <DataTable.Col source="validUntil" field={DateTimeField} />
      <DataTable.Col source="status">
        <SelectField source="status" choices={promoStatusChoices} />
      </DataTable.Col>
    </DataTable>
  </List>
);
