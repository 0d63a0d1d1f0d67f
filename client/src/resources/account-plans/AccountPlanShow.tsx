import { Box, Grid } from '@mui/material';
import { BooleanField, NumberField, SelectField, Show, TextField } from 'react-admin';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { LabeledCell as Cell } from '../../components/LabeledCell.tsx';
import { RefField } from '../../components/RefField.tsx';
import { AccountPlanDataBars } from './AccountPlanDataBars.tsx';
import { AccountPlanLedger } from './AccountPlanLedger.tsx';
import { AccountPlanSharing } from './AccountPlanSharing.tsx';
import { accountPlanStatusChoices, originChoices } from './accountPlanChoices.ts';

/** The plan's data (bars), its paid and gifted shares and what it can send now, its eSIM moves, its facts, and its ledger. */
export const AccountPlanShow = () => (
  <Show>
    <Box sx={{ p: 2 }}>
      <AccountPlanDataBars />
      <AccountPlanSharing />
      <Grid container spacing={2}>
        <Cell>
          <TextField source="name" />
        </Cell>
        <Cell>
          <RefField source="accountId" reference="accounts" />
        </Cell>
        <Cell>
          <SelectField source="origin" choices={originChoices} />
        </Cell>
        <Cell>
          <SelectField source="status" choices={accountPlanStatusChoices} />
        </Cell>
        <Cell>
          <RefField source="orderId" reference="orders" emptyText="—" />
        </Cell>
        <Cell>
          <RefField source="planId" reference="plans" emptyText="—" />
        </Cell>
        <Cell>
          <RefField source="countryCode" reference="countries" emptyText="—" />
        </Cell>
        <Cell>
          <TextField source="regionName" emptyText="—" />
        </Cell>
        <Cell>
          <RefField source="esimId" reference="esims" emptyText="—" />
        </Cell>
        <Cell>
          <NumberField source="validityDays" emptyText="—" />
        </Cell>
        <Cell>
          <BooleanField source="unlimited" />
        </Cell>
        <Cell>
          <BooleanField source="dataBlocked" />
        </Cell>
        <Cell>
          <DateTimeField source="orderedAt" emptyText="—" />
        </Cell>
        <Cell>
          <DateTimeField source="activateBy" emptyText="—" />
        </Cell>
        <Cell>
          <DateTimeField source="installedAt" emptyText="—" />
        </Cell>
        <Cell>
          <DateTimeField source="activatedAt" emptyText="—" />
        </Cell>
        <Cell>
          <DateTimeField source="expiresAt" emptyText="—" />
        </Cell>
        <Cell>
          <DateTimeField source="createdAt" />
        </Cell>
        <Cell>
          <DateTimeField source="updatedAt" />
        </Cell>
        <Cell>
          <TextField source="id" />
        </Cell>
      </Grid>
      <AccountPlanLedger />
    </Box>
  </Show>
);
