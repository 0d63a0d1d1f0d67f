import { DataTable, FunctionField, List, useTranslate, type FieldProps } from 'react-admin';
import { CONVERSATION_STATUSES } from '../../../../server/domain/enums.ts';
import { csvExporter } from '../../components/csvExporter.ts';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { RefField } from '../../components/RefField.tsx';
import { ReferenceFilterInput } from '../../components/ReferenceFilterInput.tsx';
import { StaffNameText } from '../../components/StaffName.tsx';
import { StatusTabs } from '../../components/StatusTabs.tsx';
import { ClockValue } from '../refunds/ClockValue.tsx';
import type { Conversation } from './conversationTypes.ts';
import { ListPagination } from '../../components/ListPagination.tsx';

const filters = [<ReferenceFilterInput key="accountId" source="accountId" reference="accounts" />];

/** Who wrote: the customer's account, or the partner's name and company. */
export const ConversationFromField = (_props: FieldProps) => (
  <FunctionField<Conversation>
    source="accountId"
    sortable={false}
    render={(r) =>
      r.kind === 'partner' ? (
        `${r.partnerName ?? ''} (${r.partnerCompany ?? ''})`
      ) : (
        <RefField source="accountId" reference="accounts" sortable={false} />
      )
    }
  />
);

/** The support inbox (docs/CONVERSATIONS.md): one tab per status with its count, the first answers due first. */
export const ConversationList = () => {
  const translate = useTranslate();
  return (
    <List
      pagination={<ListPagination />}
      exporter={csvExporter}
      filters={filters}
      filterDefaultValues={{ status: 'new' }}
      sort={{ field: 'firstResponseDueAt', order: 'ASC' }}
      perPage={25}
    >
      <StatusTabs statuses={CONVERSATION_STATUSES} enumName="conversation_status" label="resources.conversations.list.tabs" />
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="id" />
        <DataTable.Col source="subject" disableSort />
        <DataTable.Col<Conversation> source="kind" render={(r) => translate(`enums.conversation_kind.${r.kind}`)} />
        <DataTable.Col source="accountId" label="resources.conversations.fields.from" field={ConversationFromField} />
        <DataTable.Col source="receivedAt" field={DateTimeField} />
        <DataTable.Col<Conversation>
          source="firstResponseDueAt"
          render={(r) => (
            <ClockValue
              deadline={r.firstResponseDueAt}
              doneAt={r.firstRespondedAt}
              running={!r.firstRespondedAt && r.status !== 'resolved'}
            />
          )}
        />
        <DataTable.Col<Conversation>
          source="claimedByStaffId"
          disableSort
          render={(r) => (r.claimedByStaffId ? <StaffNameText id={r.claimedByStaffId} /> : '—')}
        />
        <DataTable.Col source="lastMessageAt" field={DateTimeField} />
        <DataTable.Col source="messageCount" disableSort />
      </DataTable>
    </List>
  );
};
