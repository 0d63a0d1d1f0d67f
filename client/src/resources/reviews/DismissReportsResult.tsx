import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, List, ListItem, ListItemText } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { DismissOutcome } from './reviewTypes.ts';

/** What the bulk dismissal did: how many reviews were kept, and each one skipped with the reason. */
export const DismissReportsResult = ({ outcome, onClose }: { outcome: DismissOutcome; onClose: () => void }) => {
  const translate = useTranslate();
  const t = (key: string, args?: Record<string, unknown>) => translate(`resources.reviews.dismiss.${key}`, args);
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="dismiss-result-title" data-testid="dismiss-result">
      <DialogTitle id="dismiss-result-title">{t('result_title')}</DialogTitle>
      <DialogContent dividers>
        <Alert severity={outcome.dismissed.length ? 'success' : 'info'} data-testid="dismiss-dismissed">
          {t('dismissed', { smart_count: outcome.dismissed.length })}
        </Alert>
        {outcome.skipped.length > 0 && (
          <Alert severity="warning" sx={{ mt: 2 }} data-testid="dismiss-skipped">
            {t('skipped', { smart_count: outcome.skipped.length })}
            <List dense disablePadding>
              {outcome.skipped.map(({ id, code }) => (
                <ListItem key={id} disableGutters data-testid={`dismiss-skipped-${id}`}>
                  <ListItemText primary={t('skipped_item', { id, why: translate(`resources.reviews.dismiss.why.${code}`, { _: code }) })} />
                </ListItem>
              ))}
            </List>
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} variant="contained">
          {translate('ra.action.close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
