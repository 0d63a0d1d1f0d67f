import { Card, CardContent, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { DsaComplaint } from './complaintTypes.ts';

/** The complaint in the complainant's own words. */
export const ComplaintText = () => {
  const complaint = useRecordContext<DsaComplaint>();
  const translate = useTranslate();
  if (!complaint) return null;
  return (
    <Card variant="outlined" sx={{ mb: 2 }}>
      <CardContent>
        <Typography variant="overline" color="textSecondary">
          {translate('resources.dsa-complaints.fields.text')}
        </Typography>
        <Typography variant="body1" sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="complaint-text">
          {complaint.text}
        </Typography>
      </CardContent>
    </Card>
  );
};
