import { Box, Grid } from '@mui/material';
import {
  BooleanField,
  CreateButton,
  EditButton,
  Show,
  TextArrayField,
  TextField,
  TopToolbar,
  useCanAccess,
  useRecordContext,
} from 'react-admin';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { LabeledCell } from '../../components/LabeledCell.tsx';
import { CountryPlans } from './CountryPlans.tsx';
import { ExportPlansButton } from './ExportPlansButton.tsx';
import { ImportPlansButton } from './ImportPlansButton.tsx';
import { HistoryButton } from '../audit-log/AuditFields.tsx';

// The CSV round trip of a country's plans: export, edit in a spreadsheet, import (catalog, admin).
const CountryShowActions = () => {
  const country = useRecordContext();
  const { canAccess } = useCanAccess({ resource: 'plans', action: 'create' });
  return (
    <TopToolbar>
      <EditButton />
      {country && canAccess && (
        <CreateButton
          resource="plans"
          label="resources.countries.add_plan"
          state={{ record: { countryCode: country.id } }}
          data-testid="add-plan"
        />
      )}
      {country && canAccess && <ExportPlansButton countryCode={String(country.id)} />}
      {country && canAccess && <ImportPlansButton countryCode={String(country.id)} countryName={String(country.name ?? '')} />}
      <HistoryButton />
    </TopToolbar>
  );
};

export const CountryShow = () => (
  <Show actions={<CountryShowActions />}>
    <Box sx={{ p: 2 }}>
      <Grid container spacing={2}>
        <LabeledCell>
          <TextField source="id" />
        </LabeledCell>
        <LabeledCell>
          <TextField source="name" />
        </LabeledCell>
        <LabeledCell>
          <TextField source="region" />
        </LabeledCell>
        <LabeledCell>
          <BooleanField source="available" />
        </LabeledCell>
        <LabeledCell>
          <TextArrayField source="operators" />
        </LabeledCell>
        <LabeledCell>
          <DateTimeField source="createdAt" />
        </LabeledCell>
        <LabeledCell>
          <DateTimeField source="updatedAt" />
        </LabeledCell>
      </Grid>
      <CountryPlans />
    </Box>
  </Show>
);
