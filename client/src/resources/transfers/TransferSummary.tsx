import { Grid } from '@mui/material';
import { TextField, useRecordContext } from 'react-admin';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { LabeledCell as Cell } from '../../components/LabeledCell.tsx';
import { RefField } from '../../components/RefField.tsx';
import { TransferAmountField } from './TransferAmountField.tsx';
import { TransferCorrectionsField } from './TransferCorrectionsField.tsx';
import { TransferStatusField } from './TransferStatusField.tsx';
import type { Transfer } from './transferTypes.ts';

/** Who sent what to whom, the plans on both sides, and the corrections linked both ways. */
export const TransferSummary = () => {
  const record = useRecordContext<Transfer>();
  if (!record) return null;
  return (
    <Grid container spacing={2} data-testid="transfer-summary">
      <Cell>
        <TransferStatusField source="status" />
      </Cell>
      <Cell>
        <TransferAmountField source="amountMb" />
      </Cell>
      <Cell>
        <DateTimeField source="createdAt" />
      </Cell>
      <Cell>
        <DateTimeField source="deliveredAt" emptyText="—" />
      </Cell>
      <Cell>
        <RefField source="senderAccountId" reference="accounts" />
      </Cell>
      <Cell>
        <RefField source="sourceAccountPlanId" reference="account-plans" />
      </Cell>
      <Cell>
        <TextField source="recipientEmail" />
      </Cell>
      <Cell>
        <RefField source="recipientAccountId" reference="accounts" emptyText="resources.transfers.summary.no_account" />
      </Cell>
      <Cell>
        <RefField source="recipientAccountPlanId" reference="account-plans" emptyText="resources.transfers.summary.not_delivered" />
      </Cell>
      {record.correctsTransferId !== null && (
        <Cell>
          <RefField source="correctsTransferId" reference="transfers" />
        </Cell>
      )}
      <Cell>
        <TransferCorrectionsField source="corrections" label="resources.transfers.summary.corrections" />
      </Cell>
    </Grid>
  );
};
