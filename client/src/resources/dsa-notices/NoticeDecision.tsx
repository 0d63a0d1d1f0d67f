import { Card, CardContent, Grid, Typography } from '@mui/material';
import { BooleanField, Labeled, SelectField, TextField, useRecordContext, useTranslate } from 'react-admin';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { LabeledCell as Cell } from '../../components/LabeledCell.tsx';
import { StaffField } from './ClaimHolderField.tsx';
import { decisionChoices } from './noticeChoices.ts';
import type { DsaNotice } from './noticeTypes.ts';

/** How the notice was decided: what, when, by whom, the reasons the notifier got (Art. 16(5)), automation, who was told. */
export const NoticeDecision = () => {
  const notice = useRecordContext<DsaNotice>();
  const translate = useTranslate();
  if (!notice?.decidedAt) return null;
  return (
    <Card variant="outlined" sx={{ mb: 2 }} data-testid="notice-decision">
      <CardContent>
        <Typography variant="h6" gutterBottom>
          {translate('resources.dsa-notices.sections.decision')}
        </Typography>
        <Grid container spacing={2}>
          <Cell>
            <SelectField source="decision" choices={decisionChoices} />
          </Cell>
          <Cell>
            <DateTimeField source="decidedAt" />
          </Cell>
          <Cell>
            <StaffField source="decidedByStaffId" />
          </Cell>
          <Cell>
            <BooleanField source="automatedDetection" />
          </Cell>
          <Cell>
            <BooleanField source="automatedDecision" />
          </Cell>
          <Cell>
            <DateTimeField source="notifierNotifiedAt" emptyText="—" />
          </Cell>
          <Cell>
            <DateTimeField source="authorNotifiedAt" emptyText="—" />
          </Cell>
          <Cell>
            <TextField source="sorExemption" emptyText="—" />
          </Cell>
          {notice.decision === 'no_action' && (
            <Cell>
              <BooleanField source="manifestlyUnfounded" />
            </Cell>
          )}
          <Grid size={12}>
            <Labeled>
              <TextField source="decisionNote" sx={{ whiteSpace: 'pre-wrap' }} emptyText="—" />
            </Labeled>
          </Grid>
        </Grid>
      </CardContent>
    </Card>
  );
};
