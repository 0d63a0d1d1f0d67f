import { SelectInput, useGetList } from 'react-admin';
import type { Plan } from './planTypes.ts';

/** The named multi-country regions plans are sold in (Europe, Asia, World…), from the plans themselves. */
export const RegionNameFilter = ({ alwaysOn }: { source: string; alwaysOn?: boolean }) => {
  const { data, isPending } = useGetList<Plan>('plans', {
    pagination: { page: 1, perPage: 1000 },
    sort: { field: 'regionName', order: 'ASC' },
    filter: { regionName_neq: null },
  });
  const names = [...new Set((data ?? []).map((plan) => plan.regionName).filter((name): name is string => !!name))];
  return (
    <SelectInput
      source="regionName"
      alwaysOn={alwaysOn}
      choices={names.map((name) => ({ id: name, name }))}
      translateChoice={false}
      isPending={isPending}
      sx={{ minWidth: 220 }}
    />
  );
};
