import type { InputProps, Validator } from 'react-admin';
import { centsToEuroText, parseEuros } from '../../units.ts';
import { FixedPointInput } from '../../components/FixedPointInput.tsx';

const validRate: Validator = (value: unknown) =>
  typeof value === 'number' && value > 10_000 ? 'resources.plans.validation.vat_rate' : undefined;

// A percentage with two decimals is read digit by digit like euros: "5,5" → 550 bp, "20" → 2000 bp.
const parseRate = (text: string) => parseEuros(text);
const formatRate = (bp: number) => centsToEuroText(bp).replace(/\.?0+$/, '');

/** Edits a VAT rate stored in basis points (`vatRateBp`, 2000 = 20 %) as a percentage, without float drift. */
export const VatRateInput = (props: InputProps) => {
  const validate = [validRate, ...(Array.isArray(props.validate) ? props.validate : props.validate ? [props.validate] : [])];
  return (
    <FixedPointInput
      {...props}
      validate={validate}
      parse={parseRate}
      format={formatRate}
      adornment="%"
      invalidMessage="resources.plans.validation.vat_rate"
    />
  );
};
