import { Card, CardContent, Typography } from '@mui/material';
import { DataTable, Pagination, ReferenceManyField, useTranslate } from 'react-admin';
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
          <DataTable bulkActionButtons={false} rowClick={false}>
            <DataTable.Col source="effectiveFrom" field={DateTimeField} disableSort />
            <DataTable.Col source="change" label="resources.plan-prices.fields.change" field={PriceChangeField} disableSort />
            <DataTable.Col source="reason" field={PriceReasonField} disableSort />
            <DataTable.Col source="vatRateBp" field={VatRateField} disableSort />
            <DataTable.Col source="changedByStaffId" field={ChangedByField} disableSort />
          </DataTable>
        </ReferenceManyField>
      </CardContent>
    </Card>
  );
};
