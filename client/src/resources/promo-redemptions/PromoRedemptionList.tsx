import { Datagrid, List, SelectField, SelectInput, TextArrayField, TextField } from 'react-admin';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { RefField } from '../../components/RefField.tsx';
import { ReferenceFilterInput } from '../../components/ReferenceFilterInput.tsx';
import { redemptionStatusChoices } from './redemptionChoices.ts';

const redemptionFilters = [
  <SelectInput key="status" source="status" choices={redemptionStatusChoices} alwaysOn />,
  <ReferenceFilterInput key="promoCodeId" source="promoCodeId" reference="promo-codes" alwaysOn />,
  <ReferenceFilterInput key="accountId" source="accountId" reference="accounts" />,
];

export const PromoRedemptionList = () => (
  <List filters={redemptionFilters} sort={{ field: 'id', order: 'DESC' }}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="id" />
      <DateTimeField source="redeemedAt" />
      <RefField source="promoCodeId" reference="promo-codes" sortable={false} />
      <RefField source="accountId" reference="accounts" sortable={false} />
      <TextField source="emailNormalized" sortable={false} />
      <SelectField source="status" choices={redemptionStatusChoices} />
      <TextArrayField source="abuseFlags" sortable={false} />
    </Datagrid>
  </List>
);
