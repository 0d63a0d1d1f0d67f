import { DataTable, List, SelectField } from 'react-admin';
import { csvExporter } from '../../components/csvExporter.ts';
import { REFERRAL_STATUSES } from '../../../../server/domain/enums.ts';
import { DataField } from '../../components/DataField.tsx';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { RefField } from '../../components/RefField.tsx';
import { ReferenceFilterInput } from '../../components/ReferenceFilterInput.tsx';
import { StatusTabs } from '../../components/StatusTabs.tsx';
import { AbuseFlagsField } from './AbuseFlagsField.tsx';
import { referralStatusChoices } from './referralChoices.ts';
import { VoidButton } from './VoidButton.tsx';
import { ListPagination } from '../../components/ListPagination.tsx';

const referralFilters = [
  <ReferenceFilterInput key="sponsorAccountId" source="sponsorAccountId" reference="accounts" alwaysOn />,
  <ReferenceFilterInput key="referredAccountId" source="referredAccountId" reference="accounts" />,
];

/** Referrals by status (tabs with counts), abuse flags as chips, and a void with a reason on each open one. */
export const ReferralList = () => (
  <List pagination={<ListPagination />} exporter={csvExporter} filters={referralFilters} sort={{ field: 'createdAt', order: 'DESC' }}>
    <StatusTabs statuses={REFERRAL_STATUSES} enumName="referral_status" label="resources.referrals.list.tabs" />
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="id" />
      <DataTable.Col source="createdAt" field={DateTimeField} />
      <DataTable.Col source="sponsorAccountId" disableSort>
        <RefField source="sponsorAccountId" reference="accounts" />
      </DataTable.Col>
      <DataTable.Col source="referredAccountId" disableSort>
        <RefField source="referredAccountId" reference="accounts" />
      </DataTable.Col>
      <DataTable.Col source="status">
        <SelectField source="status" choices={referralStatusChoices} />
      </DataTable.Col>
      <DataTable.Col source="rewardMb" field={DataField} disableSort />
      <DataTable.Col source="abuseFlags" field={AbuseFlagsField} disableSort />
      <DataTable.Col>
        <VoidButton resource="referrals" />
      </DataTable.Col>
    </DataTable>
  </List>
);
