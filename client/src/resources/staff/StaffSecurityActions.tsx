import LockOpenIcon from '@mui/icons-material/LockOpen';
import PhonelinkEraseIcon from '@mui/icons-material/PhonelinkErase';
import { Button, Typography } from '@mui/material';
import { useState } from 'react';
import { EditButton, TopToolbar, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { ReasonActionDialog } from '../accounts/ReasonActionDialog.tsx';

interface StaffRecord {
  id: number;
  name: string;
  email: string;
  twoFactorEnabledAt: string | null;
}

/**
 * Helping a colleague who cannot sign in (docs/OPERATIONS.md "A locked login, a lost second factor"):
 * end the waits after failed sign-ins, or reset a lost second factor. Each needs a reason and is audited.
 */
export const StaffShowActions = () => {
  const translate = useTranslate();
  const refresh = useRefresh();
  const record = useRecordContext<StaffRecord>();
  const [open, setOpen] = useState<'unlock' | 'reset' | null>(null);
  if (!record) return null;
  const t = (key: string, args?: Record<string, unknown>) => translate(`resources.staff.security.${key}`, args);
  const common = { resource: 'staff', id: record.id, onDone: refresh, onClose: () => setOpen(null) };
  return (
    <TopToolbar>
      <Button size="small" startIcon={<LockOpenIcon />} onClick={() => setOpen('unlock')} data-testid="staff-unlock">
        {t('unlock.button')}
      </Button>
      <Button
        size="small"
        color="warning"
        startIcon={<PhonelinkEraseIcon />}
        onClick={() => setOpen('reset')}
        disabled={!record.twoFactorEnabledAt}
        data-testid="staff-reset-two-factor"
      >
        {t('reset.button')}
      </Button>
      <EditButton />
      {open === 'unlock' && (
        <ReasonActionDialog
          {...common}
          action="unlock"
          name="staff-unlock"
          title={t('unlock.title', { name: record.name })}
          intro={
            <Typography variant="body2" sx={{ mb: 2 }}>
              {t('unlock.intro')}
            </Typography>
          }
          question={() => t('unlock.question', { email: record.email })}
          confirmLabel={t('unlock.confirm')}
          success="resources.staff.security.unlock.success"
        />
      )}
      {open === 'reset' && (
        <ReasonActionDialog
          {...common}
          action="reset-two-factor"
          name="staff-reset-two-factor"
          title={t('reset.title', { name: record.name })}
          intro={
            <Typography variant="body2" sx={{ mb: 2 }}>
              {t('reset.intro')}
            </Typography>
          }
          question={() => t('reset.question', { email: record.email })}
          confirmLabel={t('reset.confirm')}
          success="resources.staff.security.reset.success"
          confirmColor="error"
        />
      )}
    </TopToolbar>
  );
};
