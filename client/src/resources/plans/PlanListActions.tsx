import { CreateButton, ExportButton, FilterButton, TopToolbar, useCanAccess, useListContext } from 'react-admin';
import { ExportPlansButton } from '../countries/ExportPlansButton.tsx';
import { ImportPlansButton } from '../countries/ImportPlansButton.tsx';

/** Filtered on one country, the list offers that country's CSV export and import (catalog, admin) instead of the list's export. */
export const PlanListActions = () => {
  const { filterValues } = useListContext();
  const { canAccess } = useCanAccess({ resource: 'plans', action: 'create' });
  const country = typeof filterValues.countryCode === 'string' ? filterValues.countryCode : null;
  return (
    <TopToolbar>
      <FilterButton />
      <CreateButton />
      {canAccess && country ? (
        <>
          <ExportPlansButton countryCode={country} label="resources.plans.csv.export" />
          <ImportPlansButton countryCode={country} label="resources.plans.csv.import" />
        </>
      ) : (
        <ExportButton />
      )}
    </TopToolbar>
  );
};
