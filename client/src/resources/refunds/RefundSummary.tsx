import { Grid } from '@mui/material';
import { SelectField, TextField } from 'react-admin';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { LabeledCell as Cell } from '../../components/LabeledCell.tsx';
import { MoneyField } from '../../components/MoneyField.tsx';
import { RefField } from '../../components/RefField.tsx';
import { refundSourceChoices } from './refundChoices.ts';
import { RefundStatusField } from './RefundStatusField.tsx';
import { CopyField } from '../../components/CopyField.tsx';

/** The case at a glance: its status, the order and customer, how it arrived and the amount granted. */
export const RefundSummary = () => (
  <Grid container spacing={2} sx={{ mb: 2 }} data-testid="refund-summary">
    <Cell>
      <RefundStatusField source="status" />
    </Cell>
    <Cell>
      <RefField source="orderId" reference="orders" />
    </Cell>
    <Cell>
      <RefField source="accountId" reference="accounts" label="resources.refunds.fields.customer">
        <TextField source="email" />
      </RefField>
    </Cell>
    <Cell>
      <SelectField source="source" choices={refundSourceChoices} />
    </Cell>
    <Cell>
      <DateTimeField source="requestedAt" />
    </Cell>
    <Cell>
      <MoneyField source="amountCents" emptyText="—" />
    </Cell>
    <Cell>
      <CopyField source="payoutReference" emptyText="—" />
    </Cell>
    <Cell>
      <TextField source="failureReason" emptyText="—" />
    </Cell>
  </Grid>
);
