import { Datagrid, List, SelectField, SelectInput, TextArrayField, TextField } from 'react-admin';
import { DataField } from '../../components/DataField.tsx';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { RefField } from '../../components/RefField.tsx';
import { ReferenceFilterInput } from '../../components/ReferenceFilterInput.tsx';
import { referralStatusChoices } from './referralChoices.ts';

const referralFilters = [
  <SelectInput key="status" source="status" choices={referralStatusChoices} alwaysOn />,
  <ReferenceFilterInput key="sponsorAccountId" source="sponsorAccountId" reference="accounts" />,
];

export const ReferralList = () => (
  <List filters={referralFilters} sort={{ field: 'createdAt', order: 'DESC' }}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="id" />
      <DateTimeField source="createdAt" />
      <RefField source="sponsorAccountId" reference="accounts" sortable={false} />
      <RefField source="referredAccountId" reference="accounts" sortable={false} />
      <SelectField source="status" choices={referralStatusChoices} />
      <DataField source="rewardMb" sortable={false} />
      <TextArrayField source="abuseFlags" sortable={false} />
    </Datagrid>
  </List>
);
