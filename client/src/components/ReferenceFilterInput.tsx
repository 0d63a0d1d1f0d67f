import { AutocompleteInput, ReferenceInput } from 'react-admin';

interface ReferenceFilterInputProps {
  source: string;
  reference: string;
  alwaysOn?: boolean;
}

/** A filter on a reference (`accountId`, `planId`…) that searches the referenced records with the API's `q`. */
export const ReferenceFilterInput = ({ source, reference, alwaysOn }: ReferenceFilterInputProps) => (
  <ReferenceInput source={source} reference={reference} alwaysOn={alwaysOn}>
    <AutocompleteInput filterToQuery={(q: string) => (q ? { q } : {})} sx={{ minWidth: 220 }} />
  </ReferenceInput>
);
