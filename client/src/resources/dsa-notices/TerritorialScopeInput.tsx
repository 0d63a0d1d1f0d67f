import { Button, Stack } from '@mui/material';
import { useFormContext } from 'react-hook-form';
import { AutocompleteArrayInput, useTranslate } from 'react-admin';
import { useLocale } from '../../components/useLocale.ts';
import { EEA_CODES, eeaChoices, EU_CODES } from '../../tdbChoices.ts';
import { decideValidators } from './decideValidators.ts';

/** Where the restriction applies (TDB `territorial_scope`): any EEA countries, with one-click "whole EEA", "EU 27" and "none". */
export const TerritorialScopeInput = () => {
  const translate = useTranslate();
  const locale = useLocale();
  const { setValue } = useFormContext();
  const set = (codes: readonly string[]) => setValue('territorialScope', [...codes], { shouldDirty: true, shouldValidate: true });
  return (
    <>
      <AutocompleteArrayInput
        source="territorialScope"
        label="resources.dsa-notices.form.territorialScope"
        choices={eeaChoices(locale)}
        translateChoice={false}
        validate={decideValidators.territorialScope}
        fullWidth
      />
      <Stack direction="row" spacing={1} sx={{ mb: 2, mt: -1 }}>
        <Button size="small" onClick={() => set(EEA_CODES)} data-testid="scope-eea">
          {translate('resources.dsa-notices.decide.scope_eea', { n: EEA_CODES.length })}
        </Button>
        <Button size="small" onClick={() => set(EU_CODES)} data-testid="scope-eu">
          {translate('resources.dsa-notices.decide.scope_eu')}
        </Button>
        <Button size="small" onClick={() => set([])} data-testid="scope-none">
          {translate('resources.dsa-notices.decide.scope_none')}
        </Button>
      </Stack>
    </>
  );
};
