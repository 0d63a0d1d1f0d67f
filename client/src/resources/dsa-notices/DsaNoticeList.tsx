import { DataTable, List, SelectField, useListContext } from 'react-admin';
import { csvExporter } from '../../components/csvExporter.ts';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { ActiveFilterChips } from '../../components/ActiveFilterChips.tsx';
import { StatusTabs } from '../../components/StatusTabs.tsx';
import { categoryChoices } from '../../tdbChoices.ts';
import { ClaimHolderField } from './ClaimHolderField.tsx';
import { decisionChoices } from './noticeChoices.ts';
import { NoticeClockField } from './NoticeClockField.tsx';
import { noticeFilters } from './noticeFilters.tsx';
import { NoticeFlags } from './NoticeFlags.tsx';
import { noticeRowSx } from './noticeRowSx.ts';
import { NOTICE_STATUSES, NOTICE_TAB_SORTS, QUEUE_SORT } from './noticeTabs.ts';
import { ListPagination } from '../../components/ListPagination.tsx';

/** The rows of the current tab: the queue shows who holds each notice, the decided tabs what was decided. */
const NoticeGrid = () => {
  const { filterValues } = useListContext();
  const status = (filterValues as { status?: unknown }).status;
  const decided = status === 'decided' || status === 'closed';
  return (
    <DataTable rowClick="show" bulkActionButtons={false} rowSx={noticeRowSx}>
      <DataTable.Col source="reference" />
      {/* The computed columns sort by their `source`. */}
      <DataTable.Col source="priority" label="resources.dsa-notices.fields.flags">
        <NoticeFlags />
      </DataTable.Col>
      <DataTable.Col source="category">
        <SelectField source="category" choices={categoryChoices} />
      </DataTable.Col>
      <DataTable.Col source="receivedAt" field={DateTimeField} />
      <DataTable.Col source="decisionDueAt" label="resources.dsa-notices.fields.clock">
        <NoticeClockField />
      </DataTable.Col>
      {!decided && (
        <DataTable.Col label="resources.dsa-notices.fields.lockedByStaffId" disableSort>
          <ClaimHolderField />
        </DataTable.Col>
      )}
      {decided && (
        <DataTable.Col source="decision" disableSort>
          <SelectField source="decision" choices={decisionChoices} />
        </DataTable.Col>
      )}
    </DataTable>
  );
};

/** The DSA notices queue (Art. 16(6)): "Received" first, threats to life and trusted flaggers on top, then the nearest deadline. */
export const DsaNoticeList = () => (
  <List
    pagination={<ListPagination />}
    exporter={csvExporter}
    filters={noticeFilters}
    filterDefaultValues={{ status: 'received' }}
    sort={QUEUE_SORT}
    perPage={25}
  >
    <ActiveFilterChips
      defaults={{ status: 'received' }}
      sort={QUEUE_SORT}
      except={(v) => (typeof v.status === 'string' ? ['status'] : [])}
      enums={{ status: 'dsa_notice_status' }}
    />
    <StatusTabs statuses={NOTICE_STATUSES} enumName="dsa_notice_status" label="resources.dsa-notices.tabs_label" sorts={NOTICE_TAB_SORTS} />
    <NoticeGrid />
  </List>
);
