import { Datagrid, FunctionField, List, TextField } from 'react-admin';
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
    <Datagrid rowClick="show" bulkActionButtons={false} rowSx={refundRowSx} sx={hideColumnsBelow('lg', ['requestedAt', 'eligibility'])}>
      <TextField source="id" />
      <DateTimeField source="requestedAt" />
      <RefField source="orderId" reference="orders" sortable={false}>
        <FunctionField render={(order: { id: number }) => `#${order.id}`} />
      </RefField>
      <RefField source="accountId" reference="accounts" label="resources.refunds.fields.customer" sortable={false}>
        <TextField source="email" />
      </RefField>
      <RefundEligibilityField source="eligibility" />
      <MoneyField source="amountCents" emptyText="—" />
      <RefundDeadlineField source="deadline" label="resources.refunds.fields.deadline" sortable={false} />
      <RefundStatusField source="status" />
    </Datagrid>
  </List>
);
