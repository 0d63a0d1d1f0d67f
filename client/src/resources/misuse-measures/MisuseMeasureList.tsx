import { Typography } from '@mui/material';
import { Datagrid, List, SelectField, SelectInput, TextField, TextInput, useTranslate } from 'react-admin';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { RefField } from '../../components/RefField.tsx';
import { GravityField } from './GravityField.tsx';
import { LiftMeasureButton } from './LiftMeasureButton.tsx';
import { misuseMeasureChoices, misuseSubjectChoices } from './misuseChoices.ts';
import { MisuseCounters } from './MisuseCounters.tsx';
import { SubjectField } from './SubjectField.tsx';
import { ListPagination } from '../../components/ListPagination.tsx';

const measureFilters = [
  <SelectInput key="subject" source="subject" choices={misuseSubjectChoices} alwaysOn />,
  <SelectInput key="measure" source="measure" choices={misuseMeasureChoices} alwaysOn />,
  <TextInput key="notifierEmail" source="notifierEmail" />,
];

const NoMeasure = () => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" sx={{ p: 2 }} data-testid="misuse-none">
      {translate('resources.misuse-measures.none')}
    </Typography>
  );
};

/** Misuse (DSA Art. 23): who to warn or suspend, from the counters, then every measure taken, newest first. */
export const MisuseMeasureList = () => (
  <>
    <MisuseCounters />
    <List
      pagination={<ListPagination />}
      filters={measureFilters}
      sort={{ field: 'startsAt', order: 'DESC' }}
      perPage={25}
      exporter={false}
      empty={false}
    >
      <Datagrid bulkActionButtons={false} rowClick={false} empty={<NoMeasure />}>
        <SelectField source="subject" choices={misuseSubjectChoices} sortable={false} />
        <SubjectField label="resources.misuse-measures.fields.who" />
        <SelectField source="measure" choices={misuseMeasureChoices} sortable={false} />
        <TextField source="reason" sortable={false} sx={{ whiteSpace: 'pre-wrap' }} />
        <GravityField label="resources.misuse-measures.form.gravity" />
        <DateTimeField source="startsAt" />
        <DateTimeField source="endsAt" emptyText="—" />
        <DateTimeField source="liftedAt" emptyText="—" />
        <RefField source="statementId" reference="statements-of-reasons" sortable={false} emptyText="—">
          <TextField source="puid" />
        </RefField>
        <LiftMeasureButton />
      </Datagrid>
    </List>
  </>
);
