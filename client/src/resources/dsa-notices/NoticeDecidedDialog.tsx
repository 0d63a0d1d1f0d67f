import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, List, ListItem } from '@mui/material';
import { Link, useTranslate } from 'react-admin';
import type { DecidedNotice } from './noticeTypes.ts';

/** After a restriction: the statements of reasons it issued (one per review), each one click away; they are what the authors received. */
export const NoticeDecidedDialog = ({ decided, onClose }: { decided: DecidedNotice; onClose: () => void }) => {
  const translate = useTranslate();
  const t = (key: string, args?: Record<string, unknown>) => translate(`resources.dsa-notices.decide.${key}`, args);
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="decided-title" data-testid="decided-dialog">
      <DialogTitle id="decided-title">{t('done_title', { reference: decided.reference })}</DialogTitle>
      <DialogContent dividers>
        <Alert severity="success">{t('done', { reference: decided.reference, smart_count: decided.statements.length })}</Alert>
        <List dense data-testid="decided-statements">
          {decided.statements.map((statement) => (
            <ListItem key={statement.id} disableGutters>
              <Button component={Link} to={`/statements-of-reasons/${statement.id}/show`} data-testid={`decided-statement-${statement.id}`}>
                {t('open_statement', { puid: statement.puid })}
              </Button>
            </ListItem>
          ))}
        </List>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} variant="contained">
          {translate('ra.action.close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
