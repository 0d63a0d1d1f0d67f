import NotificationsIcon from '@mui/icons-material/NotificationsActive';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { AlertRulesEditor } from '../usage-alerts/AlertRulesEditor.tsx';
import type { OverviewPlan } from './accountTypes.ts';

/** Opens the plan's alert rules editor; its label counts the rules (an unlimited plan's are fair-use reminders). */
export const PlanAlertsButton = ({
  plan,
  accountHasPhone,
  onChanged,
}: {
  plan: OverviewPlan;
  accountHasPhone: boolean;
  onChanged: () => void;
}) => {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const rules = plan.alerts ?? [];
  return (
    <>
      <Button size="small" startIcon={<NotificationsIcon />} onClick={() => setOpen(true)} data-testid={`plan-alerts-${plan.id}`}>
        {translate('resources.accounts.plans.alerts', { smart_count: rules.length })}
      </Button>
      {open && (
        <Dialog
          open
          onClose={() => setOpen(false)}
          fullWidth
          maxWidth="md"
          aria-labelledby={`plan-alerts-${plan.id}-title`}
          data-testid="alert-rules-dialog"
        >
          <DialogTitle id={`plan-alerts-${plan.id}-title`}>
            {translate('resources.accounts.plans.alerts_title', { name: plan.name, id: plan.id })}
          </DialogTitle>
          <DialogContent dividers>
            <AlertRulesEditor
              accountPlanId={plan.id}
              rules={rules}
              unlimited={plan.unlimited}
              accountHasPhone={accountHasPhone}
              onChanged={onChanged}
            />
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setOpen(false)}>{translate('ra.action.close')}</Button>
          </DialogActions>
        </Dialog>
      )}
    </>
  );
};
