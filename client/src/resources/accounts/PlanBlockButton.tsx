import BlockIcon from '@mui/icons-material/Block';
import LockOpenIcon from '@mui/icons-material/LockOpen';
import { Button, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import type { OverviewPlan } from './accountTypes.ts';
import { ReasonActionDialog } from './ReasonActionDialog.tsx';

/**
 * Blocks a plan's data (usage and transfers refused), or lifts the block: a reason either way (seed 002).
 * Red, not the theme's pale warning yellow, which cannot be read as text on white.
 */
export const PlanBlockButton = ({ plan, blocked, onDone }: { plan: OverviewPlan; blocked: boolean; onDone: () => void }) => {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const action = blocked ? 'unblock' : 'block';
  const t = (key: string, args?: Record<string, unknown>) => translate(`resources.accounts.plans.${action}.${key}`, args);
  return (
    <>
      <Button
        size="small"
        color={blocked ? 'primary' : 'error'}
        startIcon={blocked ? <LockOpenIcon /> : <BlockIcon />}
        onClick={() => setOpen(true)}
        data-testid={`plan-${action}-${plan.id}`}
      >
        {t('button')}
      </Button>
      {open && (
        <ReasonActionDialog
          resource="account-plans"
          id={plan.id}
          action={action}
          name={`plan-${action}`}
          title={t('title', { name: plan.name, id: plan.id })}
          intro={
            <Typography variant="body2" sx={{ mb: 2 }}>
              {t('intro')}
            </Typography>
          }
          question={() => t('question', { name: plan.name, id: plan.id })}
          confirmLabel={t('confirm')}
          success={`resources.accounts.plans.${action}.success`}
          confirmColor={blocked ? 'primary' : 'error'}
          onDone={onDone}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
};
