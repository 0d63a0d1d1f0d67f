import { Card, CardContent, Typography } from '@mui/material';
import { Datagrid, ReferenceManyField, TextField, useRecordContext, useTranslate } from 'react-admin';
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
          <Datagrid bulkActionButtons={false} rowClick="show" data-testid="notice-referrals">
            <DateTimeField source="referredAt" sortable={false} />
            <TextField source="authority" sortable={false} />
            <TextField source="memberState" sortable={false} />
            <TextField source="authorityReference" sortable={false} emptyText="—" />
          </Datagrid>
        </ReferenceManyField>
      </CardContent>
    </Card>
  );
};
