import { Card, CardContent, Typography } from '@mui/material';
import { Datagrid, NumberField, ReferenceManyField, SelectField, TextField, useTranslate } from 'react-admin';
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
          <Datagrid bulkActionButtons={false} rowClick="show">
            <TextField source="name" />
            <DataField source="dataMb" nullMeansUnlimited />
            <NumberField source="validityDays" />
            <MoneyField source="priceCents" />
            <SelectField source="status" choices={planStatusChoices} />
            <PromotionalField source="promotional" sortable={false} />
          </Datagrid>
        </ReferenceManyField>
      </CardContent>
    </Card>
  );
};
