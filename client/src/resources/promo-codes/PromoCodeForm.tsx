import {
  NumberInput, SelectInput, SimpleForm, TextInput, maxValue, minValue, number, regex, required,
} from 'react-admin';
import { EuroInput } from '../../components/EuroInput.tsx';
import { TimestampInput } from '../../components/TimestampInput.tsx';
import { promoKindChoices, promoStatusChoices } from './promoChoices.ts';

// Letters, digits, - and _, as the API accepts them.
const validateCode = [required(), regex(/^[A-Z0-9_-]{3,40}$/)];
const validatePercent = [number(), minValue(0), maxValue(100)];
const validateCount = [number(), minValue(0)];
const validatePositive = [number(), minValue(1)];

export const PromoCodeForm = () => (
  <SimpleForm>
    <TextInput source="code" validate={validateCode} parse={(value: string) => value.toUpperCase()} />
    <SelectInput source="kind" choices={promoKindChoices} validate={required()} />
    <TextInput source="partner" />
    <NumberInput source="discountPercent" validate={validatePercent} step={1} />
    <EuroInput source="discountCents" />
    <NumberInput source="bonusMb" validate={validateCount} step={1024} helperText="resources.promo-codes.helper.bonusMb" />
    <TimestampInput source="validFrom" validate={required()} />
    <TimestampInput source="validUntil" />
    <NumberInput source="maxRedemptions" validate={validatePositive} step={1} />
    <NumberInput
      source="activationWindowDays"
      validate={[required(), ...validatePositive]}
      step={1}
      helperText="resources.promo-codes.helper.activationWindowDays"
    />
    <SelectInput source="status" choices={promoStatusChoices} validate={required()} />
  </SimpleForm>
);
