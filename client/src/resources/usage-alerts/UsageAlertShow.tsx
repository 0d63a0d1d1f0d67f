import { BooleanField, NumberField, SelectField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { RefField } from '../../components/RefField.tsx';
import { alertChannelChoices, alertSetByChoices } from './alertChoices.ts';

export const UsageAlertShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="id" />
      <RefField source="accountPlanId" reference="account-plans" />
      <NumberField source="thresholdPercent" />
      <SelectField source="channel" choices={alertChannelChoices} />
      <TextField source="destination" />
      <BooleanField source="enabled" />
      <DateTimeField source="firedAt" />
      <SelectField source="setBy" choices={alertSetByChoices} />
      <RefField source="firedUsageRecordId" reference="usage-records" />
      <DateTimeField source="createdAt" />
      <DateTimeField source="updatedAt" />
    </SimpleShowLayout>
  </Show>
);
