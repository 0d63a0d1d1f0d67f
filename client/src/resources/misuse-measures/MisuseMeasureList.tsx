import { Typography } from '@mui/material';
import { DataTable, List, SelectField, SelectInput, TextField, TextInput, useTranslate } from 'react-admin';
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
      <DataTable bulkActionButtons={false} rowClick={false} empty={<NoMeasure />}>
        <DataTable.Col source="subject" disableSort>
          <SelectField source="subject" choices={misuseSubjectChoices} />
        </DataTable.Col>
        <DataTable.Col label="resources.misuse-measures.fields.who">
          <SubjectField />
        </DataTable.Col>
        <DataTable.Col source="measure" disableSort>
          <SelectField source="measure" choices={misuseMeasureChoices} />
        </DataTable.Col>
        <DataTable.Col source="reason" disableSort>
          <TextField source="reason" sx={{ whiteSpace: 'pre-wrap' }} />
        </DataTable.Col>
        <DataTable.Col label="resources.misuse-measures.form.gravity">
          <GravityField />
        </DataTable.Col>
        <DataTable.Col source="startsAt" field={DateTimeField} />
        <DataTable.Col source="endsAt">
          <DateTimeField source="endsAt" emptyText="—" />
        </DataTable.Col>
        <DataTable.Col source="liftedAt">
          <DateTimeField source="liftedAt" emptyText="—" />
        </DataTable.Col>
        <DataTable.Col source="statementId" disableSort>
          <RefField source="statementId" reference="statements-of-reasons" emptyText="—">
            <TextField source="puid" />
          </RefField>
        </DataTable.Col>
        <DataTable.Col>
          <LiftMeasureButton />
        </DataTable.Col>
      </DataTable>
    </List>
  </>
);
