import { NullableBooleanInput, SearchInput, SelectInput } from 'react-admin';
import { categoryChoices } from '../../tdbChoices.ts';
import { decisionChoices } from './noticeChoices.ts';

// `q`: the notice reference given to the notifier. The tabs set `status`.
export const noticeFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="category" source="category" choices={categoryChoices} />,
  <NullableBooleanInput key="threatToLife" source="threatToLife" />,
  <NullableBooleanInput key="complete" source="complete" />,
  <SelectInput key="decision" source="decision" choices={decisionChoices} />,
];
