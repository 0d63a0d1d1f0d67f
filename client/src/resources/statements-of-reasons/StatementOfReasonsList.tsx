import { DataTable, FilterButton, List, ReferenceField, SelectField, TextField, TopToolbar } from 'react-admin';
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
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="id" />
      <DataTable.Col source="createdAt" field={DateTimeField} />
      <DataTable.Col source="puid" />
      <DataTable.Col source="noticeId" disableSort>
        <RefField source="noticeId" reference="dsa-notices" emptyText="—">
          <TextField source="reference" />
        </RefField>
      </DataTable.Col>
      <DataTable.Col source="reviewId" disableSort>
        <RefField source="reviewId" reference="reviews" emptyText="—" />
      </DataTable.Col>
      <DataTable.Col source="decisionGround" disableSort>
        <SelectField source="decisionGround" choices={decisionGroundChoices} />
      </DataTable.Col>
      <DataTable.Col source="category">
        <SelectField source="category" choices={categoryChoices} />
      </DataTable.Col>
      <DataTable.Col source="sourceType" disableSort>
        <SelectField source="sourceType" choices={sourceTypeChoices} />
      </DataTable.Col>
      <DataTable.Col source="automatedDecision" disableSort>
        <SelectField source="automatedDecision" choices={automatedDecisionChoices} />
      </DataTable.Col>
      {/* Where it stands with the Transparency Database (the sor-submissions record has the statement's id). */}
      <DataTable.Col source="id" label="resources.statements-of-reasons.fields.submissionStatus" disableSort>
        <ReferenceField source="id" reference="sor-submissions" link={false}>
          <SelectField source="status" choices={submissionStatusChoices} />
        </ReferenceField>
      </DataTable.Col>
    </DataTable>
  </List>
);
