import { SelectField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { DataField } from '../../components/DataField.tsx';
import { ExactDataField } from '../../components/ExactDataField.tsx';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { RefField } from '../../components/RefField.tsx';
import { actorKindChoices, ledgerKindChoices } from './ledgerChoices.ts';

export const LedgerEntryShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="id" />
      <DateTimeField source="createdAt" />
      <RefField source="accountPlanId" reference="account-plans" />
      <SelectField source="kind" choices={ledgerKindChoices} />
      <DataField source="deltaMb" signed />
      <DataField source="balanceAfterMb" />
      <ExactDataField source="giftedDeltaMb" signed />
      <ExactDataField source="giftedAfterMb" />
      <RefField source="reversesId" reference="ledger-entries" />
      <RefField source="orderId" reference="orders" />
      <RefField source="transferId" reference="transfers" />
      <RefField source="refundId" reference="refunds" />
      <RefField source="usageRecordId" reference="usage-records" />
      <RefField source="referralId" reference="referrals" />
      <SelectField source="actorKind" choices={actorKindChoices} />
      <TextField source="actorId" />
      <TextField source="note" />
    </SimpleShowLayout>
  </Show>
);
