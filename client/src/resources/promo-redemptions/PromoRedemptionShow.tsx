import { SelectField, Show, SimpleShowLayout, TextField, TopToolbar } from 'react-admin';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { RefField } from '../../components/RefField.tsx';
import { AbuseFlagsField } from '../referrals/AbuseFlagsField.tsx';
import { VoidButton } from '../referrals/VoidButton.tsx';
import { redemptionStatusChoices } from './redemptionChoices.ts';

export const PromoRedemptionShow = () => (
  <Show
    actions={
      <TopToolbar>
        <VoidButton resource="promo-redemptions" />
      </TopToolbar>
    }
  >
    <SimpleShowLayout>
      <TextField source="id" />
      <SelectField source="status" choices={redemptionStatusChoices} />
      <AbuseFlagsField source="abuseFlags" />
      <RefField source="promoCodeId" reference="promo-codes" />
      <RefField source="accountId" reference="accounts" />
      <RefField source="orderId" reference="orders" />
      <RefField source="accountPlanId" reference="account-plans" />
      <TextField source="emailNormalized" />
      <TextField source="deviceId" />
      <TextField source="paymentFingerprint" />
      <DateTimeField source="redeemedAt" />
      <DateTimeField source="activateBy" />
      <DateTimeField source="voidedAt" />
      <RefField source="voidedByStaffId" reference="staff" />
      <TextField source="voidReason" />
      <DateTimeField source="createdAt" />
      <DateTimeField source="updatedAt" />
    </SimpleShowLayout>
  </Show>
);
