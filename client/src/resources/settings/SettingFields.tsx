import { Typography } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import { useDataText } from '../../components/useDataText.ts';
import { useLocale } from '../../components/useLocale.ts';
import { formatEuros, formatNumber } from '../../units.ts';

interface Setting {
  id: string;
  value: unknown;
  description?: string;
}

/** The setting's name in words (its key, what the API and docs/OPERATIONS.md call it, is on its page). */
export const SettingNameField = (_props: FieldProps) => {
  const setting = useRecordContext<Setting>();
  const translate = useTranslate();
  if (!setting) return null;
  return (
    <Typography variant="body2" title={setting.id}>
      {translate(`resources.settings.names.${setting.id}`, { _: setting.id })}
    </Typography>
  );
};

/** What the setting does, in the reader's language (the stored description is the English fallback). */
export const SettingDescriptionField = (_props: FieldProps) => {
  const setting = useRecordContext<Setting>();
  const translate = useTranslate();
  if (!setting) return null;
  return (
    <Typography variant="body2">{translate(`resources.settings.descriptions.${setting.id}`, { _: setting.description ?? '' })}</Typography>
  );
};

/** The value in its unit, read from the key's suffix: euros for `_cents`, data for `_mb`, roles for a list. */
export const SettingValueField = (_props: FieldProps) => {
  const setting = useRecordContext<Setting>();
  const translate = useTranslate();
  const locale = useLocale();
  const data = useDataText();
  if (!setting) return null;
  const { id, value } = setting;
  let text: string;
  if (Array.isArray(value))
    text =
      value.length === 0
        ? translate('resources.settings.units.none')
        : value.map((v) => translate(`enums.role.${String(v)}`, { _: String(v) })).join(', ');
  else if (typeof value !== 'number') text = JSON.stringify(value);
  else if (id.endsWith('_cents')) text = formatEuros(value, locale);
  else if (id.endsWith('_mb')) text = data(value);
  else {
    const unit = (['minutes', 'hours', 'days', 'percent'] as const).find(
      (u) => id.endsWith(`_${u}`) || (u === 'days' && id.endsWith('_working_days')),
    );
    text = unit ? translate(`resources.settings.units.${unit}`, { n: formatNumber(value, locale, 0) }) : formatNumber(value, locale, 0);
  }
  return (
    <Typography variant="body2" sx={{ whiteSpace: 'nowrap' }} data-testid={`setting-value-${id}`}>
      {text}
    </Typography>
  );
};
