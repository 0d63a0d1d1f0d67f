import { Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import {
  AutocompleteInput,
  BooleanInput,
  NumberInput,
  ReferenceInput,
  SelectInput,
  SimpleForm,
  TextInput,
  maxLength,
  maxValue,
  minValue,
  number,
  required,
  useTranslate,
} from 'react-admin';
import { EuroInput } from '../../components/EuroInput.tsx';
import { planStatusChoices } from './planChoices.ts';
import { PlanDataInputs } from './PlanDataInputs.tsx';
import { PriceChangeReasonInput } from './PriceChangeReasonInput.tsx';
import { countryOrRegion } from './planFormValues.ts';
import { VatRateInput } from './VatRateInput.tsx';

const wholeDays = [required(), number(), minValue(1), maxValue(3650)];

const Section = ({ title, children }: { title: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Stack spacing={0} sx={{ width: '100%', mb: 1 }}>
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, mb: 1 }}>
        {translate(`resources.plans.sections.${title}`)}
      </Typography>
      {children}
    </Stack>
  );
};

// A plan is sold in one country or in a named multi-country region (docs/RULES.md "Countries and plans").
export const PlanForm = () => (
  <SimpleForm sx={{ maxWidth: 720 }}>
    <Section title="offer">
      <TextInput source="name" validate={[required(), maxLength(120)]} fullWidth />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <ReferenceInput source="countryCode" reference="countries" sort={{ field: 'name', order: 'ASC' }}>
          <AutocompleteInput filterToQuery={(q: string) => (q ? { q } : {})} validate={countryOrRegion} sx={{ minWidth: 260 }} />
        </ReferenceInput>
        <TextInput source="regionName" validate={maxLength(60)} helperText="resources.plans.helper.regionName" />
      </Stack>
    </Section>
    <Section title="data">
      <PlanDataInputs />
      <NumberInput source="validityDays" validate={wholeDays} step={1} sx={{ maxWidth: 200 }} />
    </Section>
    <Section title="price">
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <EuroInput source="priceCents" validate={required()} helperText="resources.plans.helper.priceCents" />
        <VatRateInput source="vatRateBp" validate={required()} helperText="resources.plans.helper.vatRateBp" />
      </Stack>
      <PriceChangeReasonInput />
    </Section>
    <Section title="sale">
      <SelectInput source="status" choices={planStatusChoices} validate={required()} />
      <BooleanInput source="promotional" />
    </Section>
  </SimpleForm>
);
