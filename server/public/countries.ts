// The EU/EEA Member States for the notice's optional "Member State" field, named in the page's language.
import { EEA } from '../domain/dsa/tdb.ts';
import type { Lang } from './language.ts';

export function memberStateOptions(lang: Lang): { value: string; label: string }[] {
  const names = new Intl.DisplayNames([lang], { type: 'region' });
  // The TDB writes Greece as GR (ISO 3166), as Intl does.
  return EEA.map((code) => ({ value: code, label: names.of(code) ?? code })).sort((a, b) => a.label.localeCompare(b.label, lang));
}
