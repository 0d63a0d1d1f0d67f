import { DataTable, List, SelectField } from 'react-admin';
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
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="id" />
      <DataTable.Col source="redeemedAt" field={DateTimeField} />
      <DataTable.Col source="promoCodeId" disableSort>
        <RefField source="promoCodeId" reference="promo-codes" />
      </DataTable.Col>
      <DataTable.Col source="accountId" disableSort>
        <RefField source="accountId" reference="accounts" />
      </DataTable.Col>
      <DataTable.Col source="emailNormalized" disableSort />
      <DataTable.Col source="status">
        <SelectField source="status" choices={redemptionStatusChoices} />
      </DataTable.Col>
      <DataTable.Col source="abuseFlags" field={AbuseFlagsField} disableSort />
      <DataTable.Col source="activateBy">
        <DateTimeField source="activateBy" emptyText="—" />
      </DataTable.Col>
      <DataTable.Col>
        <VoidButton resource="promo-redemptions" />
      </DataTable.Col>
    </DataTable>
  </List>
);
