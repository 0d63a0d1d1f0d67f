import { Datagrid, List, NumberField, NumberInput, SearchInput, SelectField, SelectInput, TextField } from 'react-admin';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { RefField } from '../../components/RefField.tsx';
import { ratingChoices, reviewStatusChoices } from './reviewChoices.ts';
import { StarRatingField } from './StarRatingField.tsx';

// `q`: words of the comment.
const reviewFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={reviewStatusChoices} alwaysOn />,
  <SelectInput key="rating" source="rating" choices={ratingChoices} translateChoice={false} />,
  <NumberInput key="reportCount_gte" source="reportCount_gte" min={0} />,
];

export const ReviewList = () => (
  <List filters={reviewFilters} sort={{ field: 'publishedAt', order: 'DESC' }}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="id" />
      <DateTimeField source="publishedAt" />
      <RefField source="accountId" reference="accounts" sortable={false} />
      <StarRatingField source="rating" />
      <TextField
        source="comment"
        sortable={false}
        sx={{ display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical', overflow: 'hidden', maxWidth: 420 }}
      />
      <NumberField source="reportCount" />
      <SelectField source="status" choices={reviewStatusChoices} />
    </Datagrid>
  </List>
);
