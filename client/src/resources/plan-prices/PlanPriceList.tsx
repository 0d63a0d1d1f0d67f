import { Datagrid, List, TextField } from 'react-admin';
import { csvExporter } from '../../components/csvExporter.ts';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { MoneyField } from '../../components/MoneyField.tsx';
import { RefField } from '../../components/RefField.tsx';
import { ReferenceFilterInput } from '../../components/ReferenceFilterInput.tsx';
import { VatRateField } from '../../components/VatRateField.tsx';
import { ChangedByField } from './ChangedByField.tsx';
import { PriceChangeField, PriceReasonField } from './PriceChangeFields.tsx';
import { ListPagination } from '../../components/ListPagination.tsx';

const priceFilters = [<ReferenceFilterInput key="planId" source="planId" reference="plans" alwaysOn />];

export const PlanPriceList = () => (
  <List pagination={<ListPagination />} exporter={csvExporter} filters={priceFilters} sort={{ field: 'effectiveFrom', order: 'DESC' }}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="id" />
      <RefField source="planId" reference="plans" sortable={false} />
      <MoneyField source="priceCents" />
      <PriceChangeField source="change" label="resources.plan-prices.fields.change" sortable={false} />
      <PriceReasonField source="reason" sortable={false} />
      <VatRateField source="vatRateBp" sortable={false} />
      <DateTimeField source="effectiveFrom" />
      <ChangedByField source="changedByStaffId" sortable={false} />
    </Datagrid>
  </List>
);
