import { NullableBooleanInput, SearchInput, SelectInput } from 'react-admin';
import { ratingChoices, severityChoices } from './reviewChoices.ts';

// `q`: words of the comment. The tabs set `reported` or `status`. `publishedLate`: later than a month after collection (GCU §8).
export const reviewFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="rating" source="rating" choices={ratingChoices} translateChoice={false} />,
  <SelectInput key="severity_gte" source="severity_gte" choices={severityChoices} />,
  <NullableBooleanInput key="publishedLate" source="publishedLate" />,
];
