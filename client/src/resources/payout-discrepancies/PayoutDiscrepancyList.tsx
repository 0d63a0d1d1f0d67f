import { DataTable, List, NullableBooleanInput, SelectField, TextInput, useRecordContext } from 'react-admin';
import { PAYOUT_DISCREPANCY_KINDS } from '../../../../server/domain/enums.ts';
import { enumChoices } from '../../enumChoices.ts';
import { csvExporter } from '../../components/csvExporter.ts';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { JsonField } from '../../components/JsonField.tsx';
import { RefField } from '../../components/RefField.tsx';
import { ExplainButton, type PayoutDiscrepancy } from './ExplainDiscrepancy.tsx';
import { ListPagination } from '../../components/ListPagination.tsx';

const filters = [
  <NullableBooleanInput key="explained" source="explained" label="resources.payout-discrepancies.filters.explained" alwaysOn />,
  <TextInput key="providerReference" source="providerReference" />,
];

const RowExplain = () => <ExplainButton record={useRecordContext<PayoutDiscrepancy>()} />;

/**
 * What the payouts reconciliation found between our payouts and the provider's refunds (docs/PAYMENTS.md
 * "Reconciliation"): the ones not explained yet first (the dashboard's card links here), each explained by finance.
 */
export const PayoutDiscrepancyList = () => (
  <List
    pagination={<ListPagination />}
    exporter={csvExporter}
    filters={filters}
    filterDefaultValues={{ explained: false }}
    sort={{ field: 'foundAt', order: 'DESC' }}
  >
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.NumberCol source="id" />
      <DataTable.Col source="kind">
        <SelectField source="kind" choices={enumChoices('payout_discrepancy_kind', PAYOUT_DISCREPANCY_KINDS)} />
      </DataTable.Col>
      <DataTable.Col source="providerReference" disableSort />
      <DataTable.Col source="refundId" disableSort>
        <RefField source="refundId" reference="refunds" emptyText="—" />
      </DataTable.Col>
      <DataTable.Col source="detail" field={JsonField} disableSort />
      <DataTable.Col source="foundAt" field={DateTimeField} />
      <DataTable.Col source="explainedAt">
        <DateTimeField source="explainedAt" emptyText="—" />
      </DataTable.Col>
      <DataTable.Col>
        <RowExplain />
      </DataTable.Col>
    </DataTable>
  </List>
);
