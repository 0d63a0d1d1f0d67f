import { Stack, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';

export interface DayRange {
  /** Calendar days YYYY-MM-DD, both included. */
  from: string;
  to: string;
}

interface DateRangeFieldsProps {
  range: DayRange;
  onChange: (range: DayRange) => void;
  /** i18n keys of the two labels. */
  fromLabel: string;
  toLabel: string;
  /** i18n key shown under "to" when the range is refused. */
  error?: string | null;
}

/** Two calendar days, from and to (included), as the API's period queries take them. */
export const DateRangeFields = ({ range, onChange, fromLabel, toLabel, error }: DateRangeFieldsProps) => {
  const translate = useTranslate();
  return (
    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
      <TextField
        type="date"
        size="small"
        label={translate(fromLabel)}
        value={range.from}
        onChange={(e) => onChange({ ...range, from: e.target.value })}
        slotProps={{ inputLabel: { shrink: true } }}
        required
      />
      <TextField
        type="date"
        size="small"
        label={translate(toLabel)}
        value={range.to}
        onChange={(e) => onChange({ ...range, to: e.target.value })}
        slotProps={{ inputLabel: { shrink: true } }}
        required
        error={!!error}
        helperText={error ? translate(error) : undefined}
      />
    </Stack>
  );
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** A range the API accepts: two real days, `from` not after `to`. */
export const isValidRange = (r: DayRange) =>
  DAY.test(r.from) && DAY.test(r.to) && !Number.isNaN(Date.parse(r.from)) && !Number.isNaN(Date.parse(r.to)) && r.from <= r.to;
