import { DateInput, NullableBooleanInput, NumberInput, SearchInput, SelectInput } from 'react-admin';
import { categoryChoices } from '../../tdbChoices.ts';
import { automatedDecisionChoices, decisionGroundChoices, sourceTypeChoices } from './statementChoices.ts';
import { submissionStatusChoices } from './submissionTypes.ts';

// `q`: the start of a puid. `createdAt_gte` and `createdAt_lte` take whole Paris days, both included (docs/OPERATIONS.md).
// `submissionStatus`: where the statement stands with the Transparency Database.
export const statementFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="decisionGround" source="decisionGround" choices={decisionGroundChoices} alwaysOn />,
  <SelectInput key="submissionStatus" source="submissionStatus" choices={submissionStatusChoices} alwaysOn />,
  <SelectInput key="category" source="category" choices={categoryChoices} />,
  <SelectInput key="sourceType" source="sourceType" choices={sourceTypeChoices} />,
  <SelectInput key="automatedDecision" source="automatedDecision" choices={automatedDecisionChoices} />,
  <NullableBooleanInput key="automatedDetection" source="automatedDetection" />,
  <NullableBooleanInput key="manifestlyIllegal" source="manifestlyIllegal" />,
  <DateInput key="createdAt_gte" source="createdAt_gte" />,
  <DateInput key="createdAt_lte" source="createdAt_lte" />,
  <NumberInput key="noticeId" source="noticeId" />,
  <NumberInput key="reviewId" source="reviewId" />,
];
