import { Card, CardContent, Typography } from '@mui/material';
import { Datagrid, ReferenceManyField, SelectField, TextField, useTranslate } from 'react-admin';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { RefField } from '../../components/RefField.tsx';
import { categoryChoices } from '../../tdbChoices.ts';

/** The statements of reasons issued about the review (Art. 17): what its author was told, and on which notice. */
export const ReviewStatements = () => {
  const translate = useTranslate();
  return (
    <Card variant="outlined" sx={{ mb: 2 }}>
      <CardContent>
        <Typography variant="h6" gutterBottom>{translate('resources.reviews.sections.statements')}</Typography>
        <ReferenceManyField
          reference="statements-of-reasons"
          target="reviewId"
          sort={{ field: 'createdAt', order: 'DESC' }}
          perPage={10}
          empty={<Typography variant="body2" color="textSecondary">{translate('resources.reviews.no_statements')}</Typography>}
        >
          <Datagrid bulkActionButtons={false} rowClick="show" data-testid="review-statements">
            <TextField source="puid" sortable={false} />
            <DateTimeField source="createdAt" sortable={false} />
            <SelectField source="category" choices={categoryChoices} sortable={false} />
            <RefField source="noticeId" reference="dsa-notices" sortable={false} emptyText="—"><TextField source="reference" /></RefField>
          </Datagrid>
        </ReferenceManyField>
      </CardContent>
    </Card>
  );
};
