import { BooleanField, Datagrid, List, NullableBooleanInput, NumberField, SearchInput, SelectField, SelectInput, TextField } from 'react-admin';
import { DataField } from '../../components/DataField.tsx';
import { MoneyField } from '../../components/MoneyField.tsx';
import { RefField } from '../../components/RefField.tsx';
import { ReferenceFilterInput } from '../../components/ReferenceFilterInput.tsx';
import { planStatusChoices } from './planChoices.ts';

// `q`: the plan's name.
const planFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={planStatusChoices} alwaysOn />,
  <ReferenceFilterInput key="countryCode" source="countryCode" reference="countries" />,
  <NullableBooleanInput key="promotional" source="promotional" />,
];

export const PlanList = () => (
  <List filters={planFilters} sort={{ field: 'name', order: 'ASC' }}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="name" />
      <RefField source="countryCode" reference="countries" />
      <TextField source="regionName" />
      <DataField source="dataMb" nullMeansUnlimited />
      <NumberField source="validityDays" />
      <MoneyField source="priceCents" />
      <SelectField source="status" choices={planStatusChoices} />
      <BooleanField source="promotional" sortable={false} />
    </Datagrid>
  </List>
);
