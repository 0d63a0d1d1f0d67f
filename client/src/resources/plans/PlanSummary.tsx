import { Grid } from '@mui/material';
import { BooleanField, NumberField, SelectField, TextField, useRecordContext } from 'react-admin';
import { DataField } from '../../components/DataField.tsx';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { LabeledCell } from '../../components/LabeledCell.tsx';
import { MoneyField } from '../../components/MoneyField.tsx';
import { RefField } from '../../components/RefField.tsx';
import { VatRateField } from '../../components/VatRateField.tsx';
import { planStatusChoices } from './planChoices.ts';
import type { Plan } from './planTypes.ts';

/** The plan at a glance: where it is sold, what it gives, its price and its status. */
export const PlanSummary = () => {
  const plan = useRecordContext<Plan>();
  return (
    <Grid container spacing={2} sx={{ mb: 2 }}>
      <LabeledCell>
        <TextField source="name" />
      </LabeledCell>
      {plan?.countryCode ? (
        <LabeledCell>
          <RefField source="countryCode" reference="countries" />
        </LabeledCell>
      ) : (
        <LabeledCell>
          <TextField source="regionName" />
        </LabeledCell>
      )}
      <LabeledCell>
        <SelectField source="status" choices={planStatusChoices} />
      </LabeledCell>
      <LabeledCell>
        <BooleanField source="promotional" />
      </LabeledCell>
      <LabeledCell>
        <DataField source="dataMb" nullMeansUnlimited />
      </LabeledCell>
      {plan?.dataMb === null && (
        <LabeledCell>
          <DataField source="fairUseMb" />
        </LabeledCell>
      )}
      <LabeledCell>
        <NumberField source="validityDays" />
      </LabeledCell>
      <LabeledCell>
        <MoneyField source="priceCents" />
      </LabeledCell>
      <LabeledCell>
        <VatRateField source="vatRateBp" />
      </LabeledCell>
      <LabeledCell>
        <TextField source="id" />
      </LabeledCell>
      <LabeledCell>
        <DateTimeField source="createdAt" />
      </LabeledCell>
      <LabeledCell>
        <DateTimeField source="updatedAt" />
      </LabeledCell>
    </Grid>
  );
};
