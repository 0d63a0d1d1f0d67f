import { Box } from '@mui/material';
import { useWatch } from 'react-hook-form';
import { BooleanInput, useRecordContext } from 'react-admin';
import { DataAmountInput } from './DataAmountInput.tsx';
import { requiredUnlessUnlimited, requiredWhenUnlimited } from './planFormValues.ts';
import type { Plan } from './planTypes.ts';

/** Data: an amount in GB or MB, or unlimited with a fair-use cap (the cap only shows for unlimited plans). */
export const PlanDataInputs = () => {
  const record = useRecordContext<Plan>();
  const unlimited = useWatch({ name: 'dataUnlimited' }) as boolean | undefined;
  return (
    <Box sx={{ width: '100%' }}>
      <BooleanInput
        source="dataUnlimited"
        defaultValue={record?.dataMb === null}
        label="resources.plans.data_input.unlimited"
        helperText={false}
      />
      {unlimited ? (
        <DataAmountInput source="fairUseMb" validate={requiredWhenUnlimited} isRequired helperText="resources.plans.helper.fairUseMb" />
      ) : (
        <DataAmountInput source="dataMb" validate={requiredUnlessUnlimited} isRequired />
      )}
    </Box>
  );
};
