import { Stack } from '@mui/material';
import { useWatch } from 'react-hook-form';
import { NumberInput, SelectInput, SimpleForm, TextInput, maxValue, minValue, number, regex, required, type Validator } from 'react-admin';
import { TimestampInput } from '../../components/TimestampInput.tsx';
import { PromoBenefitInput } from './PromoBenefitInput.tsx';
import { promoKindChoices, promoStatusChoices } from './promoChoices.ts';

// Upper case letters, digits, - and _, 3 to 40, as the API accepts them.
const validateCode = [required(), regex(/^[A-Z0-9_-]{3,40}$/, 'resources.promo-codes.validation.code')];
const validateWindow = [required(), number(), minValue(1), maxValue(3650)];
const validateMax = [number(), minValue(1)];
const partnerRequired: Validator = (value: unknown, values: Record<string, unknown>) =>
  values.kind === 'partner' && (typeof value !== 'string' || value.trim() === '')
    ? 'resources.promo-codes.validation.partner_required'
    : undefined;
const afterValidFrom: Validator = (value: unknown, values: Record<string, unknown>) =>
  typeof value === 'string' && value && typeof values.validFrom === 'string' && value <= values.validFrom
    ? 'resources.promo-codes.validation.valid_until'
    : undefined;

/** Only a partner code names its partner. */
const PartnerInput = () => {
  const kind: unknown = useWatch({ name: 'kind' });
  return kind === 'partner' ? <TextInput source="partner" validate={partnerRequired} /> : null;
};

/** A welcome or partner code (GCS §5.3.3.1): one benefit, a validity, a cap, the activation window. */
export const PromoCodeForm = () => (
  <SimpleForm>
    <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
      <TextInput source="code" validate={validateCode} parse={(value: string) => value.toUpperCase()} />
      <SelectInput source="kind" choices={promoKindChoices} validate={required()} />
      <PartnerInput />
    </Stack>
    <PromoBenefitInput />
    <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
      <TimestampInput source="validFrom" validate={required()} />
      <TimestampInput source="validUntil" validate={afterValidFrom} />
    </Stack>
    <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
      <NumberInput source="maxRedemptions" validate={validateMax} step={1} helperText="resources.promo-codes.helper.maxRedemptions" />
      <NumberInput
        source="activationWindowDays"
        validate={validateWindow}
        step={1}
        helperText="resources.promo-codes.helper.activationWindowDays"
      />
      <SelectInput source="status" choices={promoStatusChoices} validate={required()} />
    </Stack>
  </SimpleForm>
);
