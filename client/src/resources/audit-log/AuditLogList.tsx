import {
  DataTable,
  DateInput,
  ExportButton,
  FilterButton,
  List,
  SearchInput,
  SelectField,
  SelectInput,
  TextInput,
  TopToolbar,
} from 'react-admin';
import { ActiveFilterChips } from '../../components/ActiveFilterChips.tsx';
import { csvExporter } from '../../components/csvExporter.ts';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { AuditEntityLinkField, AuditSentenceField } from './AuditFields.tsx';
import { actorKindChoices, outcomeChoices } from './auditChoices.ts';
import { VerifyChainButton } from './VerifyChainButton.tsx';
import { ListPagination } from '../../components/ListPagination.tsx';

// `q`: an action or actor e-mail by its start, a record or request id, any word of a reason.
const auditFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <TextInput key="entity" source="entity" alwaysOn />,
  <TextInput key="entityId" source="entityId" />,
  <TextInput key="action" source="action" />,
  <TextInput key="actorEmail" source="actorEmail" />,
  <SelectInput key="actorKind" source="actorKind" choices={actorKindChoices} />,
  <SelectInput key="outcome" source="outcome" choices={outcomeChoices} />,
  <DateInput key="at_gte" source="at_gte" />,
  <DateInput key="at_lte" source="at_lte" />,
];

const AuditLogActions = () => (
  <TopToolbar>
    <VerifyChainButton />
    <FilterButton />
    <ExportButton />
  </TopToolbar>
);

// Append-only and hash-chained (docs/RULES.md "Audit log"); read as sentences, 25 a page, the record a link.
export const AuditLogList = () => (
  <List
    pagination={<ListPagination />}
    exporter={csvExporter}
    filters={auditFilters}
    actions={<AuditLogActions />}
    sort={{ field: 'id', order: 'DESC' }}
    perPage={25}
  >
    <ActiveFilterChips enums={{ actorKind: 'actor_kind', outcome: 'audit_outcome' }} />
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="at" field={DateTimeField} />
      <DataTable.Col source="action" disableSort field={AuditSentenceField} />
      <DataTable.Col source="entityId" disableSort field={AuditEntityLinkField} />
      <DataTable.Col source="outcome" disableSort>
        <SelectField source="outcome" choices={outcomeChoices} />
      </DataTable.Col>
    </DataTable>
  </List>
);
