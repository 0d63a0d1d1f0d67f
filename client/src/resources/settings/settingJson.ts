import type { Setting } from '../../types.ts';

/** A setting as the edit form holds it: its JSON value as editable text (`valueJson`). */
export type SettingFormValues = Setting & { valueJson: string };

export function toFormValues(setting: Setting): SettingFormValues {
  return { ...setting, valueJson: JSON.stringify(setting.value, null, 2) };
}

/** Back to the API's shape: the whole record (with its version) and the parsed value. */
export function fromFormValues({ valueJson, ...setting }: SettingFormValues): Setting {
  return { ...setting, value: JSON.parse(valueJson) as unknown };
}

export function validateJson(text: unknown): string | undefined {
  if (typeof text !== 'string' || text.trim() === '') return 'resources.settings.invalid_json';
  try {
    JSON.parse(text);
    return undefined;
  } catch {
    return 'resources.settings.invalid_json';
  }
}
