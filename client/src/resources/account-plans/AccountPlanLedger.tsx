import { Box, Typography } from '@mui/material';
import { Datagrid, Pagination, ReferenceManyField, SelectField, TextField, useTranslate } from 'react-admin';
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
        <Datagrid
          bulkActionButtons={false}
          rowClick={false}
          empty={<Typography variant="body2">{translate('resources.account-plans.ledger.empty')}</Typography>}
        >
          <TextField source="id" />
          <DateTimeField source="createdAt" />
          <SelectField source="kind" choices={ledgerKindChoices} />
          <ExactDataField source="deltaMb" signed />
          <ExactDataField source="balanceAfterMb" sortable={false} />
          <GiftedShareField source="giftedDeltaMb" sortable={false} />
          <RefField source="transferId" reference="transfers" sortable={false} emptyText="" />
          <RefField source="orderId" reference="orders" sortable={false} emptyText="" />
          <LedgerActorField source="actorKind" sortable={false} />
          <TextField source="note" sortable={false} sx={{ display: 'block', maxWidth: 320, overflowWrap: 'anywhere' }} />
        </Datagrid>
      </ReferenceManyField>
    </Box>
  );
};
