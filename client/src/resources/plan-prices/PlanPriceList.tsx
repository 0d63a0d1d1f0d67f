import { DataTable, List } from 'react-admin';
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
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="id" />
      <DataTable.Col source="planId" disableSort>
        <RefField source="planId" reference="plans" />
      </DataTable.Col>
      <DataTable.Col source="priceCents" field={MoneyField} />
      <DataTable.Col source="change" label="resources.plan-prices.fields.change" field={PriceChangeField} disableSort />
      <DataTable.Col source="reason" field={PriceReasonField} disableSort />
      <DataTable.Col source="vatRateBp" field={VatRateField} disableSort />
      <DataTable.Col source="effectiveFrom" field={DateTimeField} />
      <DataTable.Col source="changedByStaffId" field={ChangedByField} disableSort />
    </DataTable>
  </List>
);
