import { Datagrid, List, NumberField, NumberInput, SelectField, SelectInput, TextField } from 'react-admin';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { RefField } from '../../components/RefField.tsx';
import { reportStatusChoices } from './reportChoices.ts';

const reportFilters = [
  <SelectInput key="status" source="status" choices={reportStatusChoices} alwaysOn />,
  <NumberInput key="reviewId" source="reviewId" />,
];

export const ReviewReportList = () => (
  <List filters={reportFilters} sort={{ field: 'createdAt', order: 'DESC' }}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="id" />
      <DateTimeField source="createdAt" />
      <RefField source="reviewId" reference="reviews" sortable={false} />
      <TextField source="reason" />
      <NumberField source="severity" />
      <SelectField source="status" choices={reportStatusChoices} />
    </Datagrid>
  </List>
);
