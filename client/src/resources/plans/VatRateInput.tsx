import { InputAdornment, TextField as MuiTextField } from '@mui/material';
import { FieldTitle, InputHelperText, useInput, type InputProps, type Validator } from 'react-admin';
import { centsToEuroText, parseEuros } from '../../units.ts';
import { numberOrNull, useValueText } from '../../components/useValueText.ts';

const NOT_A_RATE = Number.NaN;
const validRate: Validator = (value: unknown) =>
  typeof value === 'number' && (Number.isNaN(value) || value > 10_000) ? 'resources.plans.validation.vat_rate' : undefined;

// A percentage with two decimals is read digit by digit like euros: "5,5" → 550 bp, "20" → 2000 bp.
const parseRate = (text: string) => parseEuros(text);
const formatRate = (bp: number) => centsToEuroText(bp).replace(/\.?0+$/, '');

/** Edits a VAT rate stored in basis points (`vatRateBp`, 2000 = 20 %) as a percentage, without float drift. */
export const VatRateInput = (props: InputProps) => {
  const { validate, label, helperText, source, resource } = props;
  const validators = [validRate, ...(Array.isArray(validate) ? validate : validate ? [validate] : [])];
  const { field, fieldState, isRequired, id } = useInput({ ...props, validate: validators });
  const [text, setText] = useValueText(numberOrNull(field.value), formatRate, parseRate);
  return (
    <MuiTextField
      id={id}
      className={`ra-input ra-input-${source}`}
      name={field.name}
      inputRef={field.ref}
      value={text}
      onBlur={field.onBlur}
      onChange={(event) => {
        setText(event.target.value);
        const trimmed = event.target.value.trim();
        field.onChange(trimmed === '' ? null : (parseRate(trimmed) ?? NOT_A_RATE));
      }}
      label={label === false || label === '' ? null : <FieldTitle label={label} source={source} resource={resource} isRequired={isRequired} />}
      error={fieldState.invalid}
      helperText={<InputHelperText error={fieldState.error?.message} helperText={helperText} />}
      slotProps={{ htmlInput: { inputMode: 'decimal' }, input: { endAdornment: <InputAdornment position="end">%</InputAdornment> } }}
    />
  );
};
