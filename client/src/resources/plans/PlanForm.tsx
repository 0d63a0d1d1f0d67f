import {
  AutocompleteInput, BooleanInput, NumberInput, ReferenceInput, SelectInput, SimpleForm, TextInput,
  maxLength, minValue, number, required,
} from 'react-admin';
import { EuroInput } from '../../components/EuroInput.tsx';
import { planStatusChoices } from './planChoices.ts';

const positive = [number(), minValue(1)];

// A plan is sold in one country or in a named multi-country region (SPEC "Countries and plans").
export const PlanForm = () => (
  <SimpleForm>
    <TextInput source="name" validate={[required(), maxLength(120)]} />
    <ReferenceInput source="countryCode" reference="countries" sort={{ field: 'name', order: 'ASC' }}>
      <AutocompleteInput filterToQuery={(q: string) => (q ? { q } : {})} />
    </ReferenceInput>
    <TextInput source="regionName" validate={maxLength(60)} helperText="resources.plans.helper.regionName" />
    <NumberInput source="dataMb" validate={positive} step={1024} helperText="resources.plans.helper.dataMb" />
    <NumberInput source="fairUseMb" validate={positive} step={1024} />
    <NumberInput source="validityDays" validate={[required(), ...positive]} step={1} />
    <EuroInput source="priceCents" validate={required()} />
    <NumberInput source="vatRateBp" validate={[required(), number(), minValue(0)]} step={50} helperText="resources.plans.helper.vatRateBp" />
    <SelectInput source="status" choices={planStatusChoices} validate={required()} />
    <BooleanInput source="promotional" />
  </SimpleForm>
);
