import { NullableBooleanInput, NumberInput, SearchInput } from 'react-admin';
import { EuroInput } from '../../components/EuroInput.tsx';
import { ReferenceFilterInput } from '../../components/ReferenceFilterInput.tsx';
import { RegionNameFilter } from './RegionNameFilter.tsx';

// `q`: the plan's name. The status is chosen with the tabs (PlanList).
export const planFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceFilterInput key="countryCode" source="countryCode" reference="countries" alwaysOn />,
  <RegionNameFilter key="regionName" source="regionName" />,
  <NullableBooleanInput key="promotional" source="promotional" />,
  <EuroInput key="priceCents_gte" source="priceCents_gte" label="resources.plans.filters.price_from" />,
  <EuroInput key="priceCents_lte" source="priceCents_lte" label="resources.plans.filters.price_to" />,
  <NumberInput key="validityDays_gte" source="validityDays_gte" label="resources.plans.filters.validity_from" />,
  <NumberInput key="validityDays_lte" source="validityDays_lte" label="resources.plans.filters.validity_to" />,
];
