import { Datagrid, List, NumberField, SearchInput, SelectField, SelectInput, TextField } from 'react-admin';
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
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="code" />
      <SelectField source="kind" choices={promoKindChoices} />
      <TextField source="partner" sortable={false} />
      <NumberField source="discountPercent" sortable={false} />
      <MoneyField source="discountCents" sortable={false} />
      <DataField source="bonusMb" sortable={false} />
      <DateTimeField source="validFrom" />
      <DateTimeField source="validUntil" />
      <SelectField source="status" choices={promoStatusChoices} />
    </Datagrid>
  </List>
);
