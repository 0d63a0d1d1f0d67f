import { Datagrid, List, SelectField, TextField } from 'react-admin';
import { csvExporter } from '../../components/csvExporter.ts';
import { REDEMPTION_STATUSES } from '../../../../server/domain/enums.ts';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { RefField } from '../../components/RefField.tsx';
import { ReferenceFilterInput } from '../../components/ReferenceFilterInput.tsx';
import { StatusTabs } from '../../components/StatusTabs.tsx';
import { AbuseFlagsField } from '../referrals/AbuseFlagsField.tsx';
import { VoidButton } from '../referrals/VoidButton.tsx';
import { redemptionStatusChoices } from './redemptionChoices.ts';
import { ListPagination } from '../../components/ListPagination.tsx';

const redemptionFilters = [
  <ReferenceFilterInput key="promoCodeId" source="promoCodeId" reference="promo-codes" alwaysOn />,
  <ReferenceFilterInput key="accountId" source="accountId" reference="accounts" alwaysOn />,
];

/** Redemptions by status (tabs with counts), abuse flags as chips, and a void with a reason on each active one. */
export const PromoRedemptionList = () => (
  <List pagination={<ListPagination />} exporter={csvExporter} filters={redemptionFilters} sort={{ field: 'redeemedAt', order: 'DESC' }}>
    <StatusTabs statuses={REDEMPTION_STATUSES} enumName="redemption_status" label="resources.promo-redemptions.list.tabs" />
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="id" />
      <DateTimeField source="redeemedAt" />
      <RefField source="promoCodeId" reference="promo-codes" sortable={false} />
      <RefField source="accountId" reference="accounts" sortable={false} />
      <TextField source="emailNormalized" sortable={false} />
      <SelectField source="status" choices={redemptionStatusChoices} />
      <AbuseFlagsField source="abuseFlags" sortable={false} />
      <DateTimeField source="activateBy" emptyText="—" />
      <VoidButton resource="promo-redemptions" />
    </Datagrid>
  </List>
);
