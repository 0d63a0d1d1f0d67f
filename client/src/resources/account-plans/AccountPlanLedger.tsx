import { Box, Typography } from '@mui/material';
import { DataTable, Pagination, ReferenceManyField, SelectField, TextField, useTranslate } from 'react-admin';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { ExactDataField } from '../../components/ExactDataField.tsx';
import { RefField } from '../../components/RefField.tsx';
import { ledgerKindChoices } from '../ledger-entries/ledgerChoices.ts';
import { GiftedShareField } from './GiftedShareField.tsx';
import { LedgerActorField } from './LedgerActorField.tsx';

/** The plan's data ledger, oldest first: its remaining data is the sum of these entries (docs/RULES.md "data ledger"), its gifted data the sum of their gifted parts. */
export const AccountPlanLedger = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ mt: 3 }} data-testid="plan-ledger">
      <Typography variant="h6" gutterBottom>
        {translate('resources.account-plans.ledger.title')}
      </Typography>
      <ReferenceManyField
        reference="ledger-entries"
        target="accountPlanId"
        sort={{ field: 'id', order: 'ASC' }}
        perPage={25}
        pagination={<Pagination />}
      >
        <DataTable
          bulkActionButtons={false}
          rowClick={false}
          empty={<Typography variant="body2">{translate('resources.account-plans.ledger.empty')}</Typography>}
        >
          <DataTable.Col source="id" />
          <DataTable.Col source="createdAt" field={DateTimeField} />
          <DataTable.Col source="kind">
            <SelectField source="kind" choices={ledgerKindChoices} />
          </DataTable.Col>
          <DataTable.Col source="deltaMb">
            <ExactDataField source="deltaMb" signed />
          </DataTable.Col>
          <DataTable.Col source="balanceAfterMb" disableSort field={ExactDataField} />
          <DataTable.Col source="giftedDeltaMb" disableSort field={GiftedShareField} />
          <DataTable.Col source="transferId" disableSort>
            <RefField source="transferId" reference="transfers" emptyText="" />
          </DataTable.Col>
          <DataTable.Col source="orderId" disableSort>
            <RefField source="orderId" reference="orders" emptyText="" />
          </DataTable.Col>
          <DataTable.Col source="actorKind" disableSort field={LedgerActorField} />
          <DataTable.Col source="note" disableSort>
            <TextField source="note" sx={{ display: 'block', maxWidth: 320, overflowWrap: 'anywhere' }} />
          </DataTable.Col>
        </DataTable>
      </ReferenceManyField>
    </Box>
  );
};
