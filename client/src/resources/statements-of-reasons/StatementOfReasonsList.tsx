import { Datagrid, List, NumberInput, SelectField, SelectInput, TextField } from 'react-admin';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { RefField } from '../../components/RefField.tsx';
import { automatedDecisionChoices, decisionGroundChoices, sourceTypeChoices } from './statementChoices.ts';

const statementFilters = [
  <SelectInput key="decisionGround" source="decisionGround" choices={decisionGroundChoices} alwaysOn />,
  <SelectInput key="sourceType" source="sourceType" choices={sourceTypeChoices} />,
  <NumberInput key="noticeId" source="noticeId" />,
];

// Append-only (DSA Art. 17); the field names are the EU Transparency Database's.
export const StatementOfReasonsList = () => (
  <List filters={statementFilters} sort={{ field: 'createdAt', order: 'DESC' }}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="id" />
      <DateTimeField source="createdAt" />
      <TextField source="puid" />
      <RefField source="noticeId" reference="dsa-notices" sortable={false} />
      <SelectField source="decisionGround" choices={decisionGroundChoices} sortable={false} />
      <TextField source="category" />
      <SelectField source="sourceType" choices={sourceTypeChoices} sortable={false} />
      <SelectField source="automatedDecision" choices={automatedDecisionChoices} sortable={false} />
    </Datagrid>
  </List>
);
