import { SelectField, Show, SimpleShowLayout, TextArrayField, TextField } from 'react-admin';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { MoneyField } from '../../components/MoneyField.tsx';
import { RefField } from '../../components/RefField.tsx';
import {
  eligibilityChoices, payoutMethodChoices, refundSourceChoices, refundStatusChoices, rejectCodeChoices,
} from './refundChoices.ts';

export const RefundShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="id" />
      <SelectField source="status" choices={refundStatusChoices} />
      <RefField source="orderId" reference="orders" />
      <RefField source="accountId" reference="accounts" />
      <SelectField source="source" choices={refundSourceChoices} />
      <TextField source="customerReason" />
      <RefField source="loggedByStaffId" reference="staff" />
      <DateTimeField source="requestedAt" />
      <SelectField source="eligibility" choices={eligibilityChoices} />
      <TextArrayField source="eligibilityReasons" />
      <MoneyField source="proposedAmountCents" />
      <DateTimeField source="decisionDueAt" />
      <MoneyField source="amountCents" />
      <SelectField source="rejectReasonCode" choices={rejectCodeChoices} />
      <TextField source="decisionNote" />
      <DateTimeField source="decidedAt" />
      <RefField source="decidedByStaffId" reference="staff" />
      <DateTimeField source="payoutDueAt" />
      <SelectField source="payoutMethod" choices={payoutMethodChoices} />
      <TextField source="payoutReference" />
      <DateTimeField source="paidOutAt" />
      <TextField source="failureReason" />
      <DateTimeField source="createdAt" />
      <DateTimeField source="updatedAt" />
    </SimpleShowLayout>
  </Show>
);
