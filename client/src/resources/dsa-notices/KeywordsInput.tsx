import { useEffect } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { CheckboxGroupInput } from 'react-admin';
import { keywordChoices } from '../../tdbChoices.ts';
import { decideValidators } from './decideValidators.ts';

/** The TDB keywords of the chosen category only (the Implementing Regulation's mapping); a new category drops the others. */
export const KeywordsInput = () => {
  const category = useWatch<{ category: string | null }, 'category'>({ name: 'category' });
  const keywords = useWatch<{ keywords: string[] | null }, 'keywords'>({ name: 'keywords' });
  const { setValue } = useFormContext();
  const choices = keywordChoices(category);

  useEffect(() => {
    const allowed = new Set(keywordChoices(category).map((c) => c.id));
    const kept = (keywords ?? []).filter((k) => allowed.has(k));
    if (kept.length !== (keywords ?? []).length) setValue('keywords', kept, { shouldDirty: true });
  }, [category, keywords, setValue]);

  if (!choices.length) return null;
  return (
    <CheckboxGroupInput
      source="keywords"
      label="resources.dsa-notices.form.keywords"
      choices={choices}
      validate={decideValidators.keywords}
      helperText="resources.dsa-notices.decide.keywords_hint"
      sx={{ '& .MuiFormGroup-root': { display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' } } }}
    />
  );
};
