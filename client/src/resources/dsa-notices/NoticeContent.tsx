import { Card, CardContent, Grid, Link as MuiLink, List, ListItem, Typography } from '@mui/material';
import { EmailField, Link, TextField, useRecordContext, useTranslate } from 'react-admin';
import { LabeledCell as Cell } from '../../components/LabeledCell.tsx';
import { isWebAddress, noticeLocation } from './noticeLocation.ts';
import type { DsaNotice } from './noticeTypes.ts';

/** One location: our review as a link to its page, a web address as an outside link, anything else as text. */
const Location = ({ raw }: { raw: string }) => {
  const translate = useTranslate();
  const location = noticeLocation(raw);
  if (location.kind === 'review')
    return <Link to={`/reviews/${location.reviewId}/show`}>{translate('resources.dsa-notices.review_n', { id: location.reviewId })}</Link>;
  if (!isWebAddress(location.url)) return <>{location.url}</>;
  return (
    <MuiLink href={location.url} target="_blank" rel="noopener noreferrer nofollow" sx={{ overflowWrap: 'anywhere' }}>
      {location.url}
    </MuiLink>
  );
};

/**
 * What the notifier said (Art. 16(2)): why the content is illegal, where it is, and who they are,
 * as the API shows it (masked when the reader may not see it; left out for child-protection notices).
 */
export const NoticeContent = () => {
  const notice = useRecordContext<DsaNotice>();
  const translate = useTranslate();
  if (!notice) return null;
  return (
    <Card variant="outlined" sx={{ mb: 2 }}>
      <CardContent>
        <Typography variant="h6" gutterBottom>
          {translate('resources.dsa-notices.sections.notice')}
        </Typography>
        <Typography variant="overline" color="textSecondary">
          {translate('resources.dsa-notices.fields.explanation')}
        </Typography>
        <Typography variant="body1" sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', mb: 2 }} data-testid="notice-explanation">
          {notice.explanation}
        </Typography>
        <Typography variant="overline" color="textSecondary">
          {translate('resources.dsa-notices.fields.locations')}
        </Typography>
        <List dense disablePadding data-testid="notice-locations">
          {(notice.locations ?? []).map((raw) => (
            <ListItem key={raw} disableGutters>
              <Location raw={raw} />
            </ListItem>
          ))}
        </List>
        <Grid container spacing={2} sx={{ mt: 1 }}>
          <Cell>
            <TextField source="notifierName" emptyText={translate('resources.dsa-notices.anonymous')} />
          </Cell>
          <Cell>
            <EmailField source="notifierEmail" emptyText="—" />
          </Cell>
        </Grid>
      </CardContent>
    </Card>
  );
};
