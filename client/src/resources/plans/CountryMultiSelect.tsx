import { Autocomplete, TextField } from '@mui/material';
import { useGetList, useTranslate } from 'react-admin';

interface Country {
  id: string;
  name: string;
  available: boolean;
}

interface CountryMultiSelectProps {
  value: string[];
  onChange: (codes: string[]) => void;
  /** A country the plan is already sold in, left out of the choices. */
  exclude?: string | null;
  disabled?: boolean;
}

/** Several countries picked by name or code, among those available for sale (ISO codes out). */
export const CountryMultiSelect = ({ value, onChange, exclude, disabled }: CountryMultiSelectProps) => {
  const translate = useTranslate();
  const { data = [], isPending } = useGetList<Country>('countries', {
    pagination: { page: 1, perPage: 300 },
    sort: { field: 'name', order: 'ASC' },
    filter: { available: true },
  });
  const options = data.filter((c) => c.id !== exclude);
  return (
    <Autocomplete
      multiple
      options={options}
      loading={isPending}
      disabled={disabled}
      value={options.filter((c) => value.includes(c.id))}
      onChange={(_event, selected) => onChange(selected.map((c) => c.id))}
      getOptionLabel={(c) => `${c.name} (${c.id})`}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      slotProps={{ chip: { size: 'small' } }}
      renderInput={(params) => <TextField {...params} label={translate('resources.plans.clone.countries')} />}
    />
  );
};
