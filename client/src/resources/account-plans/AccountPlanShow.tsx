import { BooleanField, NumberField, SelectField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { DataField } from '../../components/DataField.tsx';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { RefField } from '../../components/RefField.tsx';
import { accountPlanStatusChoices, originChoices } from './accountPlanChoices.ts';

export const AccountPlanShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="id" />
      <TextField source="name" />
      <RefField source="accountId" reference="accounts" />
      <RefField source="orderId" reference="orders" />
      <RefField source="planId" reference="plans" />
      <RefField source="countryCode" reference="countries" />
      <TextField source="regionName" />
      <SelectField source="origin" choices={originChoices} />
      <SelectField source="status" choices={accountPlanStatusChoices} />
      <DataField source="dataTotalMb" />
      <DataField source="dataUsedMb" />
      <DataField source="dataRemainingMb" />
      <BooleanField source="unlimited" />
      <BooleanField source="dataBlocked" />
      <RefField source="esimId" reference="esims" />
      <NumberField source="validityDays" />
      <DateTimeField source="orderedAt" />
      <DateTimeField source="activateBy" />
      <DateTimeField source="installedAt" />
      <DateTimeField source="activatedAt" />
      <DateTimeField source="expiresAt" />
      <DateTimeField source="createdAt" />
      <DateTimeField source="updatedAt" />
    </SimpleShowLayout>
  </Show>
);
