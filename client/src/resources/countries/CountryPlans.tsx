import { Card, CardContent, Typography } from '@mui/material';
import { DataTable, ReferenceManyField, SelectField, useTranslate } from 'react-admin';
import { DataField } from '../../components/DataField.tsx';
import { MoneyField } from '../../components/MoneyField.tsx';
import { planStatusChoices } from '../plans/planChoices.ts';
import { PromotionalField } from '../plans/PromotionalField.tsx';

/** The plans sold in a country, every status, by name. */
export const CountryPlans = () => {
  const translate = useTranslate();
  return (
    <Card variant="outlined" sx={{ mt: 2 }} data-testid="country-plans">
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {translate('resources.countries.plans')}
        </Typography>
        <ReferenceManyField
          reference="plans"
          target="countryCode"
          sort={{ field: 'name', order: 'ASC' }}
          perPage={100}
          empty={<Typography variant="body2">{translate('resources.countries.no_plans')}</Typography>}
        >
          <DataTable bulkActionButtons={false} rowClick="show">
            <DataTable.Col source="name" />
            <DataTable.Col source="dataMb">
              <DataField source="dataMb" nullMeansUnlimited />
            </DataTable.Col>
            <DataTable.NumberCol source="validityDays" />
            <DataTable.Col source="priceCents" field={MoneyField} />
            <DataTable.Col source="status">
              <SelectField source="status" choices={planStatusChoices} />
            </DataTable.Col>
            <DataTable.Col source="promotional" disableSort field={PromotionalField} />
          </DataTable>
        </ReferenceManyField>
      </CardContent>
    </Card>
  );
};
