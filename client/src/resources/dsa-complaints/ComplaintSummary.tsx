import { Grid } from '@mui/material';
import { EmailField, SelectField, TextField } from 'react-admin';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { LabeledCell as Cell } from '../../components/LabeledCell.tsx';
import { complainantRoleChoices, complaintStatusChoices } from './complaintChoices.ts';
import { ComplaintDeadlineField } from './ComplaintDeadlineField.tsx';
import { CopyField } from '../../components/CopyField.tsx';

/** Who complains, in which role, and the clock: received, acknowledged, deadline. */
export const ComplaintSummary = () => (
  <Grid container spacing={2} sx={{ mb: 2 }} data-testid="complaint-summary">
    <Cell>
      <CopyField source="reference" />
    </Cell>
    <Cell>
      <SelectField source="status" choices={complaintStatusChoices} />
    </Cell>
    <Cell>
      <SelectField source="complainantRole" choices={complainantRoleChoices} />
    </Cell>
    <Cell>
      <TextField source="complainantName" emptyText="—" />
    </Cell>
    <Cell>
      <EmailField source="complainantEmail" />
    </Cell>
    <Cell>
      <DateTimeField source="receivedAt" />
    </Cell>
    <Cell>
      <DateTimeField source="acknowledgedAt" emptyText="—" />
    </Cell>
    <Cell>
      <DateTimeField source="informedAt" emptyText="—" />
    </Cell>
    <Cell>
      <ComplaintDeadlineField source="deadlineAt" label="resources.dsa-complaints.fields.deadlineAt" />
    </Cell>
  </Grid>
);
