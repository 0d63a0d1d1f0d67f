import { SelectField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { ESIM_STATUSES } from '../../../../server/domain/enums.ts';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { RefField } from '../../components/RefField.tsx';
import { enumChoices } from '../../enumChoices.ts';
import { CopyField } from '../../components/CopyField.tsx';

const statusChoices = enumChoices('esim_status', ESIM_STATUSES);

export const EsimShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="id" />
      <CopyField source="iccid" />
      <RefField source="accountId" reference="accounts" />
      <TextField source="device" />
      <TextField source="deviceId" />
      <SelectField source="status" choices={statusChoices} />
      <DateTimeField source="installedAt" />
      <DateTimeField source="createdAt" />
      <DateTimeField source="updatedAt" />
    </SimpleShowLayout>
  </Show>
);
