import { SelectField, Show, SimpleShowLayout, TextField, TopToolbar } from 'react-admin';
import { DataField } from '../../components/DataField.tsx';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { RefField } from '../../components/RefField.tsx';
import { AbuseFlagsField } from './AbuseFlagsField.tsx';
import { referralStatusChoices } from './referralChoices.ts';
import { VoidButton } from './VoidButton.tsx';

export const ReferralShow = () => (
  <Show
    actions={
      <TopToolbar>
        <VoidButton resource="referrals" />
      </TopToolbar>
    }
  >
    <SimpleShowLayout>
      <TextField source="id" />
      <SelectField source="status" choices={referralStatusChoices} />
      <AbuseFlagsField source="abuseFlags" />
      <RefField source="sponsorAccountId" reference="accounts" />
      <RefField source="referredAccountId" reference="accounts" />
      <RefField source="qualifyingAccountPlanId" reference="account-plans" emptyText="—" />
      <DataField source="rewardMb" />
      <RefField source="rewardAccountPlanId" reference="account-plans" emptyText="—" />
      <DateTimeField source="rewardedAt" emptyText="—" />
      <DateTimeField source="voidedAt" emptyText="—" />
      <RefField source="voidedByStaffId" reference="staff" emptyText="—" />
      <TextField source="voidReason" emptyText="—" />
      <DateTimeField source="createdAt" />
      <DateTimeField source="updatedAt" />
    </SimpleShowLayout>
  </Show>
);
