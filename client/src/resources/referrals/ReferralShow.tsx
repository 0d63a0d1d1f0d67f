import { SelectField, Show, SimpleShowLayout, TextArrayField, TextField } from 'react-admin';
import { DataField } from '../../components/DataField.tsx';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { RefField } from '../../components/RefField.tsx';
import { referralStatusChoices } from './referralChoices.ts';

export const ReferralShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="id" />
      <SelectField source="status" choices={referralStatusChoices} />
      <RefField source="sponsorAccountId" reference="accounts" />
      <RefField source="referredAccountId" reference="accounts" />
      <RefField source="qualifyingAccountPlanId" reference="account-plans" />
      <DataField source="rewardMb" />
      <RefField source="rewardAccountPlanId" reference="account-plans" />
      <DateTimeField source="rewardedAt" />
      <TextArrayField source="abuseFlags" />
      <DateTimeField source="voidedAt" />
      <RefField source="voidedByStaffId" reference="staff" />
      <TextField source="voidReason" />
      <DateTimeField source="createdAt" />
      <DateTimeField source="updatedAt" />
    </SimpleShowLayout>
  </Show>
);
