import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { useFormContext } from 'react-hook-form';
import { SelectInput, useDataProvider, useTranslate } from 'react-admin';
import { LANGUAGES } from '../../../../server/domain/dsa/tdb.ts';
import { useLocale } from '../../components/useLocale.ts';
import type { KoletDataProvider } from '../../dataProvider.ts';

/** The TDB's language codes, named in the console's language (Intl), sorted by name. */
function useLanguageChoices() {
  const locale = useLocale();
  return useMemo(() => {
    const names = new Intl.DisplayNames([locale], { type: 'language' });
    const name = (code: string) => {
      try {
        return names.of(code.toLowerCase()) ?? code;
      } catch {
        return code;
      }
    };
    return LANGUAGES.map((id) => ({ id, name: `${name(id)} (${id})` })).sort((a, b) => a.name.localeCompare(b.name, locale));
  }, [locale]);
}

/**
 * The language of a review's text for its statement of reasons (TDB `content_language`, the content's language,
 * not the author's): detected by the API (`GET /api/reviews/content-languages`), shown, correctable. Until the
 * moderator changes it the field holds the detection; empty means "none" (no text, or undetermined).
 */
export const ContentLanguageInput = ({ reviewId, source, label }: { reviewId: number; source: string; label: string }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<KoletDataProvider>();
  const { getValues, setValue, getFieldState } = useFormContext();
  const choices = useLanguageChoices();
  const { data, isPending } = useQuery({
    queryKey: ['reviews', 'content-languages', reviewId],
    queryFn: async () =>
      (await dataProvider.get<{ reviewId: number; contentLanguage: string | null }[]>(`reviews/content-languages?ids=${reviewId}`)).data,
  });
  const detected = data?.find((d) => d.reviewId === reviewId)?.contentLanguage ?? null;
  useEffect(() => {
    if (data && getValues(source) === undefined && !getFieldState(source).isDirty) setValue(source, detected ?? '');
  }, [data, detected, source, getValues, setValue, getFieldState]);
  const named = detected ? (choices.find((c) => c.id === detected)?.name ?? detected) : null;
  return (
    <SelectInput
      source={source}
      label={label}
      choices={choices}
      emptyText="resources.reviews.language.none"
      emptyValue=""
      disabled={isPending}
      helperText={
        isPending
          ? 'resources.reviews.language.detecting'
          : named
            ? translate('resources.reviews.language.detected', { language: named })
            : 'resources.reviews.language.undetected'
      }
      fullWidth
      data-testid={`content-language-${reviewId}`}
    />
  );
};

/** The form's value as the API takes it: undefined (not known yet: the API detects), null (none) or a code. */
export const languageValue = (value: unknown): string | null | undefined =>
  value === undefined ? undefined : value ? String(value) : null;
