import { NumberField, SelectField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { DataField } from '../../components/DataField.tsx';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { MoneyField } from '../../components/MoneyField.tsx';
import { promoKindChoices, promoStatusChoices } from './promoChoices.ts';

export const PromoCodeShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="id" />
      <TextField source="code" />
      <SelectField source="kind" choices={promoKindChoices} />
      <TextField source="partner" />
      <NumberField source="discountPercent" />
      <MoneyField source="discountCents" />
      <DataField source="bonusMb" />
      <DateTimeField source="validFrom" />
      <DateTimeField source="validUntil" />
      <NumberField source="maxRedemptions" />
      <NumberField source="activationWindowDays" />
      <SelectField source="status" choices={promoStatusChoices} />
      <DateTimeField source="createdAt" />
      <DateTimeField source="updatedAt" />
    </SimpleShowLayout>
  </Show>
);
