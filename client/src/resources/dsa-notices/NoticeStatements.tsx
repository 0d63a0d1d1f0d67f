import { Card, CardContent, Typography } from '@mui/material';
import { Datagrid, ReferenceManyField, SelectField, TextField, useTranslate } from 'react-admin';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { RefField } from '../../components/RefField.tsx';
import { categoryChoices } from '../../tdbChoices.ts';
import { decisionGroundChoices } from './noticeChoices.ts';

/** The statements of reasons the decision issued (Art. 17), one per review restricted: what each author received. */
export const NoticeStatements = () => {
  const translate = useTranslate();
  return (
    <Card variant="outlined" sx={{ mb: 2 }}>
      <CardContent>
        <Typography variant="h6" gutterBottom>{translate('resources.dsa-notices.sections.statements')}</Typography>
        <ReferenceManyField
          reference="statements-of-reasons"
          target="noticeId"
          sort={{ field: 'createdAt', order: 'DESC' }}
          perPage={25}
          empty={<Typography variant="body2" color="textSecondary">{translate('resources.dsa-notices.no_statements')}</Typography>}
        >
          <Datagrid bulkActionButtons={false} rowClick="show" data-testid="notice-statements">
            <TextField source="puid" sortable={false} />
            <DateTimeField source="createdAt" sortable={false} />
            <RefField source="reviewId" reference="reviews" sortable={false} emptyText="—" />
            <SelectField source="decisionGround" choices={decisionGroundChoices} sortable={false} />
            <SelectField source="category" choices={categoryChoices} sortable={false} />
          </Datagrid>
        </ReferenceManyField>
      </CardContent>
    </Card>
  );
};
