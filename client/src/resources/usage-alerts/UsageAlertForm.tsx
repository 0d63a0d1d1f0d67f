import { BooleanInput, NumberInput, SelectInput, SimpleForm, TextInput, maxValue, minValue, number, required } from 'react-admin';
import { alertChannelChoices } from './alertChoices.ts';

// Seed 002: thresholds are a percentage of the plan's data (defaults 90 and 100, optional 75).
const validateThreshold = [required(), number(), minValue(1), maxValue(100)];

export const UsageAlertForm = ({ isCreate = false }: { isCreate?: boolean }) => (
  <SimpleForm>
    <NumberInput source="accountPlanId" validate={required()} readOnly={!isCreate} />
    <NumberInput source="thresholdPercent" validate={validateThreshold} step={1} />
    <SelectInput source="channel" choices={alertChannelChoices} validate={required()} />
    <TextInput source="destination" helperText="resources.usage-alerts.helper.destination" />
    <BooleanInput source="enabled" />
  </SimpleForm>
);
