import { Datagrid, FilterButton, List, ReferenceField, SelectField, TextField, TopToolbar } from 'react-admin';
import { csvExporter } from '../../components/csvExporter.ts';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { RefField } from '../../components/RefField.tsx';
import { categoryChoices } from '../../tdbChoices.ts';
import { ExportStatementsButton } from './ExportStatementsButton.tsx';
import { automatedDecisionChoices, decisionGroundChoices, sourceTypeChoices } from './statementChoices.ts';
import { statementFilters } from './statementFilters.tsx';
import { submissionStatusChoices } from './submissionTypes.ts';
import { ListPagination } from '../../components/ListPagination.tsx';

/** Filters, and the export in the Transparency Database's format (not react-admin's CSV: the TDB is the file's reader). */
const StatementListActions = () => (
  <TopToolbar>
    <FilterButton />
    <ExportStatementsButton />
  </TopToolbar>
);

// Append-only (DSA Art. 17); the field names are the EU Transparency Database's. No "empty" page: the
// export stays reachable when the list (or a filter) shows nothing.
export const StatementOfReasonsList = () => (
  <List
    pagination={<ListPagination />}
    exporter={csvExporter}
    filters={statementFilters}
    sort={{ field: 'createdAt', order: 'DESC' }}
    actions={<StatementListActions />}
    perPage={25}
    empty={false}
  >
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="id" />
      <DateTimeField source="createdAt" />
      <TextField source="puid" />
      <RefField source="noticeId" reference="dsa-notices" sortable={false} emptyText="—">
        <TextField source="reference" />
      </RefField>
      <RefField source="reviewId" reference="reviews" sortable={false} emptyText="—" />
      <SelectField source="decisionGround" choices={decisionGroundChoices} sortable={false} />
      <SelectField source="category" choices={categoryChoices} />
      <SelectField source="sourceType" choices={sourceTypeChoices} sortable={false} />
      <SelectField source="automatedDecision" choices={automatedDecisionChoices} sortable={false} />
      {/* Where it stands with the Transparency Database (the sor-submissions record has the statement's id). */}
      <ReferenceField
        source="id"
        reference="sor-submissions"
        label="resources.statements-of-reasons.fields.submissionStatus"
        link={false}
        sortable={false}
      >
        <SelectField source="status" choices={submissionStatusChoices} />
      </ReferenceField>
    </Datagrid>
  </List>
);
