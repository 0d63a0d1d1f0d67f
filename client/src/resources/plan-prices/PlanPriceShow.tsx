import { Show, SimpleShowLayout, TextField } from 'react-admin';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { MoneyField } from '../../components/MoneyField.tsx';
import { RefField } from '../../components/RefField.tsx';
import { VatRateField } from '../../components/VatRateField.tsx';
import { ChangedByField } from './ChangedByField.tsx';

export const PlanPriceShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="id" />
      <RefField source="planId" reference="plans" />
      <MoneyField source="priceCents" />
      <VatRateField source="vatRateBp" />
      <DateTimeField source="effectiveFrom" />
      <ChangedByField source="changedByStaffId" />
      <DateTimeField source="createdAt" />
    </SimpleShowLayout>
  </Show>
);
