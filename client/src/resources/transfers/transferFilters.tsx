import { DateInput, NumberInput, SearchInput, TextInput } from 'react-admin';

// The status is the tabs' filter. `q` is the recipient e-mail as typed (a prefix) or a transfer id;
// dates are whole Europe/Paris days (the API reads `YYYY-MM-DD` so).
export const transferFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <TextInput key="senderEmail" source="senderEmail" alwaysOn resettable />,
  <TextInput key="recipientEmailPrefix" source="recipientEmailPrefix" resettable />,
  <DateInput key="createdAt_gte" source="createdAt_gte" />,
  <DateInput key="createdAt_lte" source="createdAt_lte" />,
  <NumberInput key="amountGb_gte" source="amountGb_gte" min={1} step={1} />,
  <NumberInput key="amountGb_lte" source="amountGb_lte" min={1} step={1} />,
];
