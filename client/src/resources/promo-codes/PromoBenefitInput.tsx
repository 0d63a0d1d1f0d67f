import { Stack } from '@mui/material';
import { useWatch } from 'react-hook-form';
import { NumberInput, RadioButtonGroupInput, maxValue, minValue, number, required, useRecordContext } from 'react-admin';
import { EuroInput } from '../../components/EuroInput.tsx';
import { benefitChoices, benefitOf, type Benefit } from './promoBenefit.ts';

const validatePercent = [required(), number(), minValue(1), maxValue(100)];
const validatePositive = [required(), number(), minValue(1)];

/** Which one benefit the code gives, then its amount: a percentage, euros off, or bonus data. */
export const PromoBenefitInput = () => {
  const record = useRecordContext<{ id: number } & Partial<Record<Benefit, number | null>>>();
  const benefit = (useWatch({ name: 'benefit' }) as Benefit | undefined) ?? benefitOf(record);
  return (
    <Stack>
      <RadioButtonGroupInput
        source="benefit"
        label="resources.promo-codes.benefit.label"
        choices={benefitChoices}
        defaultValue={benefitOf(record)}
        row
        helperText={false}
      />
      {benefit === 'discountPercent' && <NumberInput source="discountPercent" validate={validatePercent} step={1} />}
      {benefit === 'discountCents' && <EuroInput source="discountCents" validate={required()} />}
      {benefit === 'bonusMb' && (
        <NumberInput source="bonusMb" validate={validatePositive} step={1024} helperText="resources.promo-codes.helper.bonusMb" />
      )}
    </Stack>
  );
};
