import { Card, CardContent, Typography } from '@mui/material';
import { DataTable, ReferenceManyField, TextField, useRecordContext, useTranslate } from 'react-admin';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import type { DsaNotice } from './noticeTypes.ts';

/** Art. 18: what was referred to law enforcement about this notice, to whom and when. */
export const NoticeReferrals = () => {
  const notice = useRecordContext<DsaNotice>();
  const translate = useTranslate();
  if (!notice?.escalatedAt) return null;
  return (
    <Card variant="outlined" sx={{ mb: 2 }}>
      <CardContent>
        <Typography variant="h6" gutterBottom>
          {translate('resources.dsa-notices.sections.referrals')}
        </Typography>
        <ReferenceManyField
          reference="law-enforcement-referrals"
          target="noticeId"
          sort={{ field: 'referredAt', order: 'DESC' }}
          perPage={10}
        >
          <DataTable bulkActionButtons={false} rowClick="show" data-testid="notice-referrals">
            <DataTable.Col source="referredAt" disableSort field={DateTimeField} />
            <DataTable.Col source="authority" disableSort />
            <DataTable.Col source="memberState" disableSort />
            <DataTable.Col source="authorityReference" disableSort>
              <TextField source="authorityReference" emptyText="—" />
            </DataTable.Col>
          </DataTable>
        </ReferenceManyField>
      </CardContent>
    </Card>
  );
};
