import { DataTable, FunctionField, List, TextField } from 'react-admin';
import { ActiveFilterChips } from '../../components/ActiveFilterChips.tsx';
import { hideColumnsBelow } from '../../components/hideColumns.ts';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { MoneyField } from '../../components/MoneyField.tsx';
import { RefField } from '../../components/RefField.tsx';
import { RefundDeadlineField } from './RefundDeadlineField.tsx';
import { RefundEligibilityField } from './RefundEligibilityField.tsx';
import { refundExporter } from './refundExporter.ts';
import { refundFilters } from './refundFilters.tsx';
import { refundRowSx } from './refundRowSx.ts';
import { RefundStatusField } from './RefundStatusField.tsx';
import { RefundStatusTabs } from './RefundStatusTabs.tsx';
import { DEFAULT_TAB, tabOfStatus } from './refundTabs.ts';
import { SAVED_QUERIES_LIST_SX, SavedQueriesAside } from '../../components/SavedQueriesAside.tsx';
import { ListPagination } from '../../components/ListPagination.tsx';

const tabShown = (values: Record<string, unknown>) => (tabOfStatus(values.status) ? ['status'] : []);

// The list's default actions: filters and CSV export of what is shown (react-admin exports up to 1,000 rows).
// "To decide" first, the nearest decision deadline on top: that is where the legal clock runs.
export const RefundList = () => (
  <List
    pagination={<ListPagination />}
    aside={<SavedQueriesAside />}
    sx={SAVED_QUERIES_LIST_SX}
    filters={refundFilters}
    filterDefaultValues={{ status: DEFAULT_TAB.status }}
    sort={DEFAULT_TAB.sort}
    perPage={25}
    exporter={refundExporter}
  >
    <ActiveFilterChips
      defaults={{ status: DEFAULT_TAB.status }}
      sort={DEFAULT_TAB.sort}
      except={tabShown}
      enums={{ status: 'refund_status', eligibility: 'refund_eligibility', source: 'refund_source' }}
    />
    <RefundStatusTabs />
    <DataTable rowClick="show" bulkActionButtons={false} rowSx={refundRowSx} sx={hideColumnsBelow('lg', ['requestedAt', 'eligibility'])}>
      <DataTable.Col source="id" />
      <DataTable.Col source="requestedAt" field={DateTimeField} />
      <DataTable.Col source="orderId" disableSort>
        <RefField source="orderId" reference="orders">
          <FunctionField render={(order: { id: number }) => `#${order.id}`} />
        </RefField>
      </DataTable.Col>
      <DataTable.Col source="accountId" label="resources.refunds.fields.customer" disableSort>
        <RefField source="accountId" reference="accounts">
          <TextField source="email" />
        </RefField>
      </DataTable.Col>
      <DataTable.Col source="eligibility" field={RefundEligibilityField} />
      <DataTable.Col source="amountCents">
        <MoneyField source="amountCents" emptyText="—" />
      </DataTable.Col>
      <DataTable.Col source="deadline" label="resources.refunds.fields.deadline" field={RefundDeadlineField} disableSort />
      <DataTable.Col source="status" field={RefundStatusField} />
    </DataTable>
  </List>
);
