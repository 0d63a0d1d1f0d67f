import { Grid, Stack } from '@mui/material';
import { SelectField, TextField } from 'react-admin';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { LabeledCell as Cell } from '../../components/LabeledCell.tsx';
import { MoneyField } from '../../components/MoneyField.tsx';
import { RefField } from '../../components/RefField.tsx';
import { OrderArchivedBadge } from './OrderArchivedBadge.tsx';
import { channelChoices, orderStatusChoices, paymentMethodChoices } from './orderChoices.ts';
import { CopyField } from '../../components/CopyField.tsx';

/** What was bought, paid and refunded, and the archive badge of an order the law keeps 10 years. */
export const OrderSummary = () => (
  <>
    <Stack direction="row" spacing={1} sx={{ mb: 1 }}>
      <OrderArchivedBadge />
    </Stack>
    <Grid container spacing={2} data-testid="order-summary">
      <Cell>
        <TextField source="id" />
      </Cell>
      <Cell>
        <DateTimeField source="orderedAt" />
      </Cell>
      <Cell>
        <RefField source="accountId" reference="accounts" />
      </Cell>
      <Cell>
        <RefField source="planId" reference="plans" />
      </Cell>
      <Cell>
        <SelectField source="status" choices={orderStatusChoices} />
      </Cell>
      <Cell>
        <MoneyField source="amountCents" />
      </Cell>
      <Cell>
        <MoneyField source="vatCents" />
      </Cell>
      <Cell>
        <MoneyField source="listPriceCents" />
      </Cell>
      <Cell>
        <MoneyField source="refundedCents" />
      </Cell>
      <Cell>
        <SelectField source="paymentMethod" choices={paymentMethodChoices} />
      </Cell>
      <Cell>
        <CopyField source="paymentReference" />
      </Cell>
      <Cell>
        <TextField source="paymentFingerprint" emptyText="—" />
      </Cell>
      <Cell>
        <SelectField source="channel" choices={channelChoices} />
      </Cell>
      <Cell>
        <RefField source="promoCodeId" reference="promo-codes" emptyText="—" />
      </Cell>
      <Cell>
        <DateTimeField source="retainUntil" emptyText="—" />
      </Cell>
      <Cell>
        <DateTimeField source="updatedAt" />
      </Cell>
    </Grid>
  </>
);
