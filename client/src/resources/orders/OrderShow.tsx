import { SelectField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { MoneyField } from '../../components/MoneyField.tsx';
import { RefField } from '../../components/RefField.tsx';
import { channelChoices, orderStatusChoices, paymentMethodChoices } from './orderChoices.ts';

export const OrderShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="id" />
      <DateTimeField source="orderedAt" />
      <RefField source="accountId" reference="accounts" />
      <RefField source="planId" reference="plans" />
      <SelectField source="status" choices={orderStatusChoices} />
      <MoneyField source="amountCents" />
      <MoneyField source="vatCents" />
      <MoneyField source="listPriceCents" />
      <MoneyField source="refundedCents" />
      <TextField source="currency" />
      <SelectField source="paymentMethod" choices={paymentMethodChoices} />
      <TextField source="paymentReference" />
      <TextField source="paymentFingerprint" />
      <SelectField source="channel" choices={channelChoices} />
      <RefField source="promoCodeId" reference="promo-codes" />
      <DateTimeField source="retainUntil" />
      <DateTimeField source="createdAt" />
      <DateTimeField source="updatedAt" />
    </SimpleShowLayout>
  </Show>
);
