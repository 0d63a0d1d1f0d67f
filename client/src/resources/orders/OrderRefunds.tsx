import { Box, Typography } from '@mui/material';
import { Datagrid, ReferenceManyField, TextField, useTranslate } from 'react-admin';
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
        <Datagrid rowClick="show" bulkActionButtons={false} rowSx={refundRowSx}>
          <TextField source="id" />
          <DateTimeField source="requestedAt" />
          <RefundEligibilityField source="eligibility" sortable={false} />
          <MoneyField source="amountCents" emptyText="—" sortable={false} />
          <RefundDeadlineField source="deadline" label="resources.refunds.fields.deadline" sortable={false} />
          <RefundStatusField source="status" sortable={false} />
        </Datagrid>
      </ReferenceManyField>
    </Box>
  );
};
