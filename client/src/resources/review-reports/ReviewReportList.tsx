import { Datagrid, List, NumberInput, SelectField, SelectInput, TextField } from 'react-admin';
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
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <DateTimeField source="createdAt" />
      <RefField source="reviewId" reference="reviews" sortable={false} />
      <SelectField source="reason" choices={reportReasonChoices} />
      <SeverityField source="severity" />
      <SelectField source="status" choices={reportStatusChoices} />
      <RefField source="noticeId" reference="dsa-notices" sortable={false} emptyText="—">
        <TextField source="reference" />
      </RefField>
    </Datagrid>
  </List>
);
