import { Card, CardContent, Typography } from '@mui/material';
import { Datagrid, Pagination, ReferenceManyField, useTranslate } from 'react-admin';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { VatRateField } from '../../components/VatRateField.tsx';
import { ChangedByField } from './ChangedByField.tsx';
import { PriceChangeField, PriceReasonField } from './PriceChangeFields.tsx';

/** A plan's price history (plan-prices by planId), newest first: old → new, why, its VAT, from when, and who set it. */
export const PlanPriceHistory = () => {
  const translate = useTranslate();
  return (
    <Card variant="outlined" data-testid="price-history">
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {translate('resources.plan-prices.history')}
        </Typography>
        <ReferenceManyField
          reference="plan-prices"
          target="planId"
          sort={{ field: 'effectiveFrom', order: 'DESC' }}
          perPage={10}
          pagination={<Pagination rowsPerPageOptions={[10, 25]} />}
          empty={<Typography variant="body2">{translate('resources.plan-prices.no_history')}</Typography>}
        >
          <Datagrid bulkActionButtons={false} rowClick={false}>
            <DateTimeField source="effectiveFrom" sortable={false} />
            <PriceChangeField source="change" label="resources.plan-prices.fields.change" sortable={false} />
            <PriceReasonField source="reason" sortable={false} />
            <VatRateField source="vatRateBp" sortable={false} />
            <ChangedByField source="changedByStaffId" sortable={false} />
          </Datagrid>
        </ReferenceManyField>
      </CardContent>
    </Card>
  );
};
