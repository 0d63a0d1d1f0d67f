import { Box, Typography } from '@mui/material';
import { DataTable, ReferenceManyField, useTranslate } from 'react-admin';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { MoneyField } from '../../components/MoneyField.tsx';
import { RefundDeadlineField } from '../refunds/RefundDeadlineField.tsx';
import { RefundEligibilityField } from '../refunds/RefundEligibilityField.tsx';
import { refundRowSx } from '../refunds/refundRowSx.ts';
import { RefundStatusField } from '../refunds/RefundStatusField.tsx';

/** The order's refund requests, newest first, each linking to its case. */
export const OrderRefunds = () => {
  const translate = useTranslate();
  return (
    <Box data-testid="order-refunds">
      <Typography variant="h6" sx={{ mt: 3, mb: 1 }}>
        {translate('resources.refunds.order_refunds.title')}
      </Typography>
      <ReferenceManyField
        reference="refunds"
        target="orderId"
        sort={{ field: 'requestedAt', order: 'DESC' }}
        perPage={50}
        empty={
          <Typography variant="body2" color="text.secondary">
            {translate('resources.refunds.order_refunds.empty')}
          </Typography>
        }
      >
        <DataTable rowClick="show" bulkActionButtons={false} rowSx={refundRowSx}>
          <DataTable.Col source="id" />
          <DataTable.Col source="requestedAt" field={DateTimeField} />
          <DataTable.Col source="eligibility" field={RefundEligibilityField} disableSort />
          <DataTable.Col source="amountCents" disableSort>
            <MoneyField source="amountCents" emptyText="—" />
          </DataTable.Col>
          <DataTable.Col source="deadline" label="resources.refunds.fields.deadline" field={RefundDeadlineField} disableSort />
          <DataTable.Col source="status" field={RefundStatusField} disableSort />
        </DataTable>
      </ReferenceManyField>
    </Box>
  );
};
