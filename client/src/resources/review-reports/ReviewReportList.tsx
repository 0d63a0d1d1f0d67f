import { DataTable, List, NumberInput, SelectField, SelectInput, TextField } from 'react-admin';
import { csvExporter } from '../../components/csvExporter.ts';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { RefField } from '../../components/RefField.tsx';
import { SeverityField } from '../reviews/SeverityField.tsx';
import { reportReasonChoices, reportStatusChoices } from './reportChoices.ts';
import { ListPagination } from '../../components/ListPagination.tsx';

const reportFilters = [
  <SelectInput key="status" source="status" choices={reportStatusChoices} alwaysOn />,
  <SelectInput key="reason" source="reason" choices={reportReasonChoices} />,
  <NumberInput key="reviewId" source="reviewId" />,
  <NumberInput key="noticeId" source="noticeId" />,
];

/** Every report, newest first; the moderation itself happens on the review (reviews list, "Reported" tab). */
export const ReviewReportList = () => (
  <List pagination={<ListPagination />} exporter={csvExporter} filters={reportFilters} sort={{ field: 'createdAt', order: 'DESC' }}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="createdAt" field={DateTimeField} />
      <DataTable.Col source="reviewId" disableSort>
        <RefField source="reviewId" reference="reviews" />
      </DataTable.Col>
      <DataTable.Col source="reason">
        <SelectField source="reason" choices={reportReasonChoices} />
      </DataTable.Col>
      <DataTable.Col source="severity" field={SeverityField} />
      <DataTable.Col source="status">
        <SelectField source="status" choices={reportStatusChoices} />
      </DataTable.Col>
      <DataTable.Col source="noticeId" disableSort>
        <RefField source="noticeId" reference="dsa-notices" emptyText="—">
          <TextField source="reference" />
        </RefField>
      </DataTable.Col>
    </DataTable>
  </List>
);
