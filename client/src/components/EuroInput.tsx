import { useEffect, useState } from 'react';
import { InputAdornment, TextField as MuiTextField } from '@mui/material';
import { FieldTitle, InputHelperText, useInput, type InputProps, type Validator } from 'react-admin';
import { centsToEuroText, parseEuros } from '../units.ts';

// What the field holds while the text is not an amount: the validator below reports it.
const NOT_AN_AMOUNT = Number.NaN;

const validEuros: Validator = (value: unknown) => (typeof value === 'number' && Number.isNaN(value) ? 'validation.euros' : undefined);

/**
 * Edits an integer amount of euro cents as euros: the text the staff member types is kept
 * as typed and parsed digit by digit into cents (no float drift: `0.29` is 29 cents).
 */
export const EuroInput = (props: InputProps & { className?: string }) => {
  const { validate, label, helperText, source, resource, className } = props;
  const validators = [validEuros, ...(Array.isArray(validate) ? validate : validate ? [validate] : [])];
  const { field, fieldState, isRequired, id } = useInput({ ...props, validate: validators });
  const cents = typeof field.value === 'number' && !Number.isNaN(field.value) ? field.value : null;
  const [text, setText] = useState(cents === null ? '' : centsToEuroText(cents));

  // Follow changes made outside this input (form reset, record loaded), never rewrite what is being typed.
  useEffect(() => {
    setText((current) => {
      if (parseEuros(current.trim()) === cents || (cents === null && current.trim() === '')) return current;
      return cents === null ? '' : centsToEuroText(cents);
    });
  }, [cents]);

  return (
    <MuiTextField
      id={id}
      className={`ra-input ra-input-${source} ${className ?? ''}`}
      name={field.name}
      inputRef={field.ref}
      value={text}
      onBlur={field.onBlur}
      onChange={(event) => {
        setText(event.target.value);
        const trimmed = event.target.value.trim();
        field.onChange(trimmed === '' ? null : (parseEuros(trimmed) ?? NOT_AN_AMOUNT));
      }}
      label={label === false || label === '' ? null : <FieldTitle label={label} source={source} resource={resource} isRequired={isRequired} />}
      error={fieldState.invalid}
      helperText={<InputHelperText error={fieldState.error?.message} helperText={helperText} />}
      slotProps={{ htmlInput: { inputMode: 'decimal' }, input: { endAdornment: <InputAdornment position="end">€</InputAdornment> } }}
    />
  );
};
