import type { EnumName } from './i18n/en/index.ts';

export interface Choice {
  id: string;
  name: string;
}

/** Choices for SelectInput/SelectField from an enum of server/domain/enums.ts, labelled `enums.<name>.<value>`. */
export function enumChoices(name: EnumName, values: readonly string[]): Choice[] {
  return values.map((id) => ({ id, name: `enums.${name}.${id}` }));
}
