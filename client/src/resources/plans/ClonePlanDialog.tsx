import {
  Alert,
  Button,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  List,
  ListItem,
  ListItemText,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { Link, useTranslate } from 'react-admin';
import { CountryMultiSelect } from './CountryMultiSelect.tsx';
import type { Plan } from './planTypes.ts';
import { useClonePlan } from './useClonePlan.ts';

/** Copies a plan as drafts in other countries, then lists the new plans with links to review and activate them. */
export const ClonePlanDialog = ({ plan, onClose }: { plan: Plan; onClose: () => void }) => {
  const translate = useTranslate();
  const t = (key: string, args?: Record<string, unknown>) => translate(`resources.plans.clone.${key}`, args);
  const [codes, setCodes] = useState<string[]>([]);
  const { clone, created, isPending, error } = useClonePlan(plan.id);

  return (
    <Dialog open onClose={isPending ? undefined : onClose} fullWidth maxWidth="sm" aria-labelledby="clone-plan-title">
      <DialogTitle id="clone-plan-title">{t('title', { name: plan.name })}</DialogTitle>
      <DialogContent dividers>
        {created ? (
          <>
            <Alert severity="success" sx={{ mb: 1 }}>
              {t('done', { smart_count: created.length })}
            </Alert>
            <List dense data-testid="clone-created">
              {created.map((p) => (
                <ListItem key={p.id} disableGutters>
                  <ListItemText
                    primary={
                      <Link to={`/plans/${p.id}/show`} onClick={onClose}>
                        {p.name}
                      </Link>
                    }
                    secondary={`${p.countryCode ?? ''} · ${translate('enums.plan_status.draft')}`}
                  />
                </ListItem>
              ))}
            </List>
          </>
        ) : (
          <>
            <Typography variant="body2" sx={{ mb: 2 }}>
              {t('explain')}
            </Typography>
            <CountryMultiSelect value={codes} onChange={setCodes} exclude={plan.countryCode} disabled={isPending} />
            {error && (
              <Alert severity="error" sx={{ mt: 2 }}>
                {translate(error, { _: error })}
              </Alert>
            )}
          </>
        )}
      </DialogContent>
      <DialogActions>
        {created ? (
          <Button onClick={onClose}>{translate('ra.action.close')}</Button>
        ) : (
          <>
            <Button onClick={onClose} disabled={isPending}>
              {translate('ra.action.cancel')}
            </Button>
            <Button
              variant="contained"
              onClick={() => void clone(codes)}
              disabled={codes.length === 0 || isPending}
              startIcon={isPending ? <CircularProgress size={16} color="inherit" /> : undefined}
            >
              {t('confirm', { smart_count: codes.length })}
            </Button>
          </>
        )}
      </DialogActions>
    </Dialog>
  );
};
