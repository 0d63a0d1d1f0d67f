import { Show, SimpleShowLayout, TextField } from 'react-admin';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { MoneyField } from '../../components/MoneyField.tsx';
import { RefField } from '../../components/RefField.tsx';
import { VatRateField } from '../../components/VatRateField.tsx';
import { ChangedByField } from './ChangedByField.tsx';
import { PriceChangeField, PriceReasonField } from './PriceChangeFields.tsx';

export const PlanPriceShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="id" />
      <RefField source="planId" reference="plans" />
      <MoneyField source="priceCents" />
      <PriceChangeField source="change" label="resources.plan-prices.fields.change" />
      <PriceReasonField source="reason" />
      <VatRateField source="vatRateBp" />
      <DateTimeField source="effectiveFrom" />
      <ChangedByField source="changedByStaffId" />
      <DateTimeField source="createdAt" />
    </SimpleShowLayout>
  </Show>
);
