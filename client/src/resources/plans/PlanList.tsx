import { DataTable, List, useCanAccess, useListContext } from 'react-admin';
import { csvExporter } from '../../components/csvExporter.ts';
import { PLAN_STATUSES } from '../../../../server/domain/enums.ts';
import { DataField } from '../../components/DataField.tsx';
import { MoneyField } from '../../components/MoneyField.tsx';
import { StatusTabs } from '../../components/StatusTabs.tsx';
import { BulkPriceChangeButton } from './BulkPriceChangeButton.tsx';
import { planGroup, PlanCountryCell } from './PlanCountryCell.tsx';
import { planFilters } from './planFilters.tsx';
import { PlanListActions } from './PlanListActions.tsx';
import type { Plan } from './planTypes.ts';
import { PromotionalField } from './PromotionalField.tsx';
import { ListPagination } from '../../components/ListPagination.tsx';

const TAB_ORDER = ['active', 'draft', 'retired'] as const satisfies readonly (typeof PLAN_STATUSES)[number][];

const GROUP_START = { '& td': { borderTop: '2px solid', borderTopColor: 'divider' } };
const NO_STYLE = {};

/** Sorted by country, each country's (or region's) plans read as a group: a rule above it, the country once. */
const PlanTable = () => {
  const { data, sort } = useListContext<Plan>();
  const { canAccess: canChangePrices } = useCanAccess({ resource: 'plans', action: 'edit' });
  const grouped = sort?.field === 'countryCode';
  const rowSx = (plan: Plan, index: number) =>
    grouped && index > 0 && planGroup(data?.[index - 1]) !== planGroup(plan) ? GROUP_START : NO_STYLE;
  return (
    <DataTable rowClick="show" rowSx={rowSx} bulkActionButtons={canChangePrices ? <BulkPriceChangeButton /> : false}>
      <DataTable.Col source="countryCode" field={PlanCountryCell} />
      <DataTable.Col source="regionName" />
      <DataTable.Col source="name" />
      <DataTable.Col source="dataMb">
        <DataField source="dataMb" nullMeansUnlimited />
      </DataTable.Col>
      <DataTable.NumberCol source="validityDays" />
      <DataTable.Col source="priceCents" field={MoneyField} />
      <DataTable.Col source="promotional" field={PromotionalField} disableSort />
    </DataTable>
  );
};

// Grouped by country (sorted by its code), on sale first: what a catalog manager reviews most.
export const PlanList = () => (
  <List
    pagination={<ListPagination />}
    exporter={csvExporter}
    filters={planFilters}
    filterDefaultValues={{ status: 'active' }}
    sort={{ field: 'countryCode', order: 'ASC' }}
    perPage={50}
    actions={<PlanListActions />}
  >
    <StatusTabs statuses={TAB_ORDER} enumName="plan_status" label="resources.plans.list.tabs" />
    <PlanTable />
  </List>
);
