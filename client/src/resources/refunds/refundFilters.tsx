import { DateInput, SearchInput, SelectInput } from 'react-admin';
import { EuroInput } from '../../components/EuroInput.tsx';
import { ReferenceFilterInput } from '../../components/ReferenceFilterInput.tsx';
import { eligibilityChoices, refundSourceChoices } from './refundChoices.ts';

// The status is the tabs' filter. `q` is a refund or an order number; amounts are typed in
// euros and sent in cents; dates are whole Europe/Paris days (the API reads `YYYY-MM-DD` so).
export const refundFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="eligibility" source="eligibility" choices={eligibilityChoices} alwaysOn />,
  <EuroInput key="proposedAmountCents_gte" source="proposedAmountCents_gte" />,
  <EuroInput key="proposedAmountCents_lte" source="proposedAmountCents_lte" />,
  <EuroInput key="amountCents_gte" source="amountCents_gte" />,
  <EuroInput key="amountCents_lte" source="amountCents_lte" />,
  <DateInput key="requestedAt_gte" source="requestedAt_gte" />,
  <DateInput key="requestedAt_lte" source="requestedAt_lte" />,
  <SelectInput key="source" source="source" choices={refundSourceChoices} />,
  <ReferenceFilterInput key="accountId" source="accountId" reference="accounts" />,
];
