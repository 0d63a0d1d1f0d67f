import { BooleanField, NumberField, SelectField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { DataField } from '../../components/DataField.tsx';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { MoneyField } from '../../components/MoneyField.tsx';
import { RefField } from '../../components/RefField.tsx';
import { VatRateField } from '../../components/VatRateField.tsx';
import { planStatusChoices } from './planChoices.ts';

export const PlanShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="id" />
      <TextField source="name" />
      <RefField source="countryCode" reference="countries" />
      <TextField source="regionName" />
      <DataField source="dataMb" nullMeansUnlimited />
      <DataField source="fairUseMb" />
      <NumberField source="validityDays" />
      <MoneyField source="priceCents" />
      <VatRateField source="vatRateBp" />
      <SelectField source="status" choices={planStatusChoices} />
      <BooleanField source="promotional" />
      <DateTimeField source="createdAt" />
      <DateTimeField source="updatedAt" />
    </SimpleShowLayout>
  </Show>
);
