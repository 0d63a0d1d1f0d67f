import { Card, CardContent, Grid, Typography } from '@mui/material';
import { TextField, useRecordContext, useTranslate } from 'react-admin';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { LabeledCell as Cell } from '../../components/LabeledCell.tsx';
import { RefField } from '../../components/RefField.tsx';
import type { DsaComplaint } from './complaintTypes.ts';

/** How the complaint was decided: when, by whom, the reasons sent, and the new statement when it was upheld. */
export const ComplaintDecision = () => {
  const complaint = useRecordContext<DsaComplaint>();
  const translate = useTranslate();
  if (!complaint?.decidedAt) return null;
  return (
    <Card variant="outlined" sx={{ mb: 2 }} data-testid="complaint-decision">
      <CardContent>
        <Typography variant="h6" gutterBottom>
          {translate('resources.dsa-complaints.sections.decision')}
        </Typography>
        <Grid container spacing={2}>
          <Cell>
            <DateTimeField source="decidedAt" />
          </Cell>
          <Cell>
            <RefField source="decidedByStaffId" reference="staff" emptyText="—" />
          </Cell>
          <Cell>
            <RefField source="outcomeStatementId" reference="statements-of-reasons" emptyText="—">
              <TextField source="puid" />
            </RefField>
          </Cell>
          <Grid size={12}>
            <TextField source="decisionNote" sx={{ whiteSpace: 'pre-wrap' }} />
          </Grid>
        </Grid>
      </CardContent>
    </Card>
  );
};
