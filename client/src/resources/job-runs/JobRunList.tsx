import { DataTable, List, SelectInput, Show, SimpleShowLayout, TextField, TextInput } from 'react-admin';
import { csvExporter } from '../../components/csvExporter.ts';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { JsonField } from '../../components/JsonField.tsx';
import { ListPagination } from '../../components/ListPagination.tsx';

const statusChoices = ['running', 'succeeded', 'failed'].map((id) => ({ id, name: `resources.job-runs.status.${id}` }));

const jobRunFilters = [
  <TextInput key="job" source="job" alwaysOn />,
  <SelectInput key="status" source="status" choices={statusChoices} alwaysOn />,
];

/** Every run of the scheduled work: when, how it ended, what it did. */
export const JobRunList = () => (
  <List pagination={<ListPagination />} exporter={csvExporter} filters={jobRunFilters} sort={{ field: 'startedAt', order: 'DESC' }}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="job" />
      <DataTable.Col source="startedAt" field={DateTimeField} />
      <DataTable.Col source="finishedAt" field={DateTimeField} />
      <DataTable.Col source="status" />
      <DataTable.Col source="error" />
    </DataTable>
  </List>
);

export const JobRunShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="job" />
      <TextField source="status" />
      <DateTimeField source="startedAt" />
      <DateTimeField source="finishedAt" />
      <JsonField source="summary" />
      <TextField source="error" />
    </SimpleShowLayout>
  </Show>
);
