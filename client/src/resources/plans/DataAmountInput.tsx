import { useEffect, useState, type HTMLAttributes } from 'react';
import { MenuItem, Stack, TextField as MuiTextField } from '@mui/material';
import { FieldTitle, InputHelperText, useInput, useTranslate, type InputProps, type Validator } from 'react-admin';
import { formatNumber } from '../../units.ts';
import { bestDataUnit, dataAmountText, DATA_UNITS, parseDataAmount, type DataUnit } from './dataAmount.ts';
import { useLocale } from '../../components/useLocale.ts';
import { numberOrNull } from '../../components/useValueText.ts';

// What the field holds while the text is not a whole number of MB: the validator below reports it.
const NOT_AN_AMOUNT = Number.NaN;
const validAmount: Validator = (value: unknown) =>
  typeof value === 'number' && Number.isNaN(value) ? 'resources.plans.validation.data_amount' : undefined;

/**
 * Edits an integer amount of MB (`dataMb`, `fairUseMb`) typed in GB or MB, with a unit selector
 * (1 GB = 1024 MB). Switching the unit keeps the typed number: "7" reads as 7 GB or 7 MB.
 */
export const DataAmountInput = (props: InputProps) => {
  const { validate, label, helperText, source, resource } = props;
  const translate = useTranslate();
  const locale = useLocale();
  const validators = [validAmount, ...(Array.isArray(validate) ? validate : validate ? [validate] : [])];
  const { field, fieldState, isRequired, id } = useInput({ ...props, validate: validators });
  const mb = numberOrNull(field.value);
  const [unit, setUnit] = useState<DataUnit>(bestDataUnit(mb));
  const [text, setText] = useState(mb === null ? '' : dataAmountText(mb, unit));

  // Follow changes made outside this input (record loaded, reset), never rewrite what is being typed.
  useEffect(() => {
    if (mb === null ? text.trim() === '' : parseDataAmount(text.trim(), unit) === mb) return;
    const best = bestDataUnit(mb);
    setUnit(best);
    setText(mb === null ? '' : dataAmountText(mb, best));
  }, [mb]);

  const change = (nextText: string, nextUnit: DataUnit) => {
    setText(nextText);
    setUnit(nextUnit);
    const trimmed = nextText.trim();
    field.onChange(trimmed === '' ? null : (parseDataAmount(trimmed, nextUnit) ?? NOT_AN_AMOUNT));
  };
  // In GB, say what is stored: "= 7,168 MB".
  const stored =
    unit === 'gb' && mb !== null
      ? translate('resources.plans.data_input.stored_as', { value: translate('units.mb', { value: formatNumber(mb, locale) }) })
      : undefined;

  return (
    <Stack direction="row" spacing={1} className={`ra-input ra-input-${source}`} sx={{ width: '100%', maxWidth: 400 }}>
      <MuiTextField
        id={id}
        name={field.name}
        inputRef={field.ref}
        value={text}
        onBlur={field.onBlur}
        onChange={(event) => change(event.target.value, unit)}
        label={
          label === false || label === '' ? null : <FieldTitle label={label} source={source} resource={resource} isRequired={isRequired} />
        }
        error={fieldState.invalid}
        helperText={
          <InputHelperText error={fieldState.error?.message} helperText={fieldState.invalid ? helperText : (stored ?? helperText)} />
        }
        slotProps={{ htmlInput: { inputMode: 'decimal' } }}
        sx={{ flex: 1 }}
      />
      <MuiTextField
        select
        value={unit}
        onChange={(event) => change(text, event.target.value as DataUnit)}
        label={translate('resources.plans.data_input.unit')}
        slotProps={{ select: { SelectDisplayProps: { 'data-testid': `${source}-unit` } as HTMLAttributes<HTMLDivElement> } }}
        sx={{ width: 96 }}
      >
        {DATA_UNITS.map((u) => (
          <MenuItem key={u} value={u}>
            {translate(`resources.plans.data_input.${u}`)}
          </MenuItem>
        ))}
      </MuiTextField>
    </Stack>
  );
};
