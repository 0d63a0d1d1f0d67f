import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { Link, useTranslate } from 'react-admin';
import type { RemovedReview } from './reviewTypes.ts';

/** After a removal: the statement of reasons it issued, one click away (it is what the author received). */
export const ReviewRemovedDialog = ({ removed, onClose }: { removed: RemovedReview; onClose: () => void }) => {
  const translate = useTranslate();
  const t = (key: string, args?: Record<string, unknown>) => translate(`resources.reviews.remove.${key}`, args);
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="removed-title" data-testid="removed-dialog">
      <DialogTitle id="removed-title">{t('done_title', { id: removed.id })}</DialogTitle>
      <DialogContent dividers>
        <Alert severity="success" data-testid="removed-statement">
          {t('done', { id: removed.id, puid: removed.statementPuid ?? `#${removed.statementId}` })}
        </Alert>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.close')}</Button>
        <Button
          component={Link}
          to={`/statements-of-reasons/${removed.statementId}/show`}
          variant="contained"
          data-testid="removed-statement-link"
        >
          {t('open_statement')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
