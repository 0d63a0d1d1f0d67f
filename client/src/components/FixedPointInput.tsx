import { InputAdornment, TextField as MuiTextField } from '@mui/material';
import { FieldTitle, InputHelperText, useInput, type InputProps, type Validator } from 'react-admin';
import { numberOrNull, useValueText } from './useValueText.ts';

// What the field holds while the text is not a number: the validator reports it.
const NOT_A_NUMBER = Number.NaN;

export interface FixedPointInputProps extends InputProps {
  className?: string;
  /** The typed text → the stored integer (cents, basis points), or null when it is not one. */
  parse: (text: string) => number | null;
  format: (value: number) => string;
  adornment: string;
  /** The i18n key shown when the text cannot be read. */
  invalidMessage: string;
}

/**
 * Edits an integer stored in hundredths (euro cents, VAT basis points) as the decimal a person
 * types: the text is kept as typed and parsed digit by digit, never through a float.
 */
export const FixedPointInput = ({ parse, format, adornment, invalidMessage, ...props }: FixedPointInputProps) => {
  const { validate, label, helperText, source, resource, className } = props;
  const readable: Validator = (value: unknown) => (typeof value === 'number' && Number.isNaN(value) ? invalidMessage : undefined);
  const validators = [readable, ...(Array.isArray(validate) ? validate : validate ? [validate] : [])];
  const { field, fieldState, isRequired, id } = useInput({ ...props, validate: validators });
  const [text, setText] = useValueText(numberOrNull(field.value), format, parse);
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
        field.onChange(trimmed === '' ? null : (parse(trimmed) ?? NOT_A_NUMBER));
      }}
      label={
        label === false || label === '' ? null : <FieldTitle label={label} source={source} resource={resource} isRequired={isRequired} />
      }
      error={fieldState.invalid}
      helperText={<InputHelperText error={fieldState.error?.message} helperText={helperText} />}
      slotProps={{
        htmlInput: { inputMode: 'decimal' },
        input: { endAdornment: <InputAdornment position="end">{adornment}</InputAdornment> },
      }}
    />
  );
};
