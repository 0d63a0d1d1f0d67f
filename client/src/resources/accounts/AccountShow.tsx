import { BooleanField, EmailField, SelectField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { ACCOUNT_STATUSES } from '../../../../server/domain/enums.ts';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { RefField } from '../../components/RefField.tsx';
import { enumChoices } from '../../enumChoices.ts';

const statusChoices = enumChoices('account_status', ACCOUNT_STATUSES);

export const AccountShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="id" />
      <EmailField source="email" />
      <TextField source="name" />
      <TextField source="phone" />
      <SelectField source="status" choices={statusChoices} />
      <TextField source="locale" />
      <TextField source="referralCode" />
      <RefField source="referredByAccountId" reference="accounts" />
      <TextField source="signupDeviceId" />
      <BooleanField source="dataBlocked" />
      <DateTimeField source="deactivatedAt" />
      <TextField source="deactivationReason" />
      <DateTimeField source="createdAt" />
      <DateTimeField source="updatedAt" />
    </SimpleShowLayout>
  </Show>
);
