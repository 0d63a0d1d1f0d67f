import { Datagrid, DateInput, ExportButton, FilterButton, List, SelectField, SelectInput, TextField, TextInput, TopToolbar } from 'react-admin';
import { csvExporter } from '../../components/csvExporter.ts';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { actorKindChoices, outcomeChoices } from './auditChoices.ts';
import { VerifyChainButton } from './VerifyChainButton.tsx';

const auditFilters = [
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

// Append-only and hash-chained (SPEC "Audit log").
export const AuditLogList = () => (
  <List exporter={csvExporter} filters={auditFilters} actions={<AuditLogActions />} sort={{ field: 'id', order: 'DESC' }}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="id" />
      <DateTimeField source="at" />
      <SelectField source="actorKind" choices={actorKindChoices} sortable={false} />
      <TextField source="actorEmail" />
      <TextField source="action" />
      <TextField source="entity" />
      <TextField source="entityId" sortable={false} />
      <SelectField source="outcome" choices={outcomeChoices} sortable={false} />
    </Datagrid>
  </List>
);
