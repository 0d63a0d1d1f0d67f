import { Alert, Card, CardContent, Grid, Typography } from '@mui/material';
import { RecordContextProvider, useGetIdentity, useGetOne, useRecordContext, useTranslate, TextField } from 'react-admin';
import { LabeledCell as Cell } from '../../components/LabeledCell.tsx';
import { RefField } from '../../components/RefField.tsx';
import type { DsaComplaint } from './complaintTypes.ts';

interface DecisionAuthor {
  createdByStaffId?: number | null;
  decidedByStaffId?: number | null;
}

/**
 * The decision contested: the DSA notice and the statement of reasons, and who took it. Art. 20(6):
 * another moderator should decide the complaint, so the page says when that was the reader.
 */
export const ContestedDecision = () => {
  const complaint = useRecordContext<DsaComplaint>();
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const { data: statement } = useGetOne<DecisionAuthor & { id: number }>(
    'statements-of-reasons',
    { id: complaint?.statementId ?? 0 },
    { enabled: complaint?.statementId != null },
  );
  const { data: notice } = useGetOne<DecisionAuthor & { id: number }>(
    'dsa-notices',
    { id: complaint?.noticeId ?? 0 },
    { enabled: complaint?.noticeId != null && complaint?.statementId == null },
  );
  if (!complaint) return null;
  const decider = statement?.createdByStaffId ?? notice?.decidedByStaffId ?? null;
  const mine = complaint.status === 'open' && identity !== undefined && decider !== null && String(identity.id) === String(decider);
  return (
    <Card variant="outlined" sx={{ mb: 2 }} data-testid="contested-decision">
      <CardContent>
        <Typography variant="h6" gutterBottom>
          {translate('resources.dsa-complaints.sections.contested')}
        </Typography>
        <Grid container spacing={2}>
          <Cell>
            <RefField source="noticeId" reference="dsa-notices" emptyText="—">
              <TextField source="reference" />
            </RefField>
          </Cell>
          <Cell>
            <RefField source="statementId" reference="statements-of-reasons" emptyText="—">
              <TextField source="puid" />
            </RefField>
          </Cell>
          {decider !== null && (
            <RecordContextProvider value={{ id: complaint.id, decider }}>
              <Cell>
                <RefField source="decider" reference="staff" label="resources.dsa-complaints.decided_by_original" />
              </Cell>
            </RecordContextProvider>
          )}
        </Grid>
        {mine && (
          <Alert severity="warning" sx={{ mt: 2 }} data-testid="complaint-own-decision">
            {translate('resources.dsa-complaints.own_decision')}
          </Alert>
        )}
      </CardContent>
    </Card>
  );
};
