import BlockIcon from '@mui/icons-material/Block';
import LockOpenIcon from '@mui/icons-material/LockOpen';
import EditIcon from '@mui/icons-material/Edit';
import FeedbackIcon from '@mui/icons-material/Feedback';
import FolderSharedIcon from '@mui/icons-material/FolderShared';
import PersonOffIcon from '@mui/icons-material/PersonOff';
import { Button, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import type { AccountRecord } from './accountTypes.ts';
import { CorrectDetailsDialog } from './CorrectDetailsDialog.tsx';
import { DeactivationDialog } from './DeactivationDialog.tsx';
import { LogComplaintDialog } from './LogComplaintDialog.tsx';
import { ReasonActionDialog } from './ReasonActionDialog.tsx';
import { useRoles } from './useRoles.ts';

type Dialog = 'deactivate' | 'block' | 'unblock' | 'correct' | 'access' | 'complaint' | null;

/** Support's actions on the whole account: block or unblock its data, deactivate it. */
export const AccountActions = ({ account, onDone }: { account: AccountRecord; onDone: () => void }) => {
  const translate = useTranslate();
  const { isSupport } = useRoles();
  const [open, setOpen] = useState<Dialog>(null);
  if (!isSupport || account.status === 'deactivated') return null;
  const t = (key: string, args?: Record<string, unknown>) => translate(`resources.accounts.${key}`, args);
  const close = () => setOpen(null);
  const common = { resource: 'accounts', id: account.id, onDone, onClose: close };
  return (
    <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap' }}>
      {account.dataBlocked ? (
        <Button
          size="small"
          variant="outlined"
          startIcon={<LockOpenIcon />}
          onClick={() => setOpen('unblock')}
          data-testid="account-unblock"
        >
          {t('unblock.button')}
        </Button>
      ) : (
        <Button
          size="small"
          variant="outlined"
          color="error"
          startIcon={<BlockIcon />}
          onClick={() => setOpen('block')}
          data-testid="account-block"
        >
          {t('block.button')}
        </Button>
      )}
      <Button size="small" variant="outlined" startIcon={<EditIcon />} onClick={() => setOpen('correct')} data-testid="account-correct">
        {t('correct.button')}
      </Button>
      <Button
        size="small"
        variant="outlined"
        startIcon={<FolderSharedIcon />}
        onClick={() => setOpen('access')}
        data-testid="account-access-request"
      >
        {t('access.button')}
      </Button>
      <Button
        size="small"
        variant="outlined"
        startIcon={<FeedbackIcon />}
        onClick={() => setOpen('complaint')}
        data-testid="account-log-complaint"
      >
        {translate('resources.customer-complaints.log.button')}
      </Button>
      <Button
        size="small"
        variant="outlined"
        color="error"
        startIcon={<PersonOffIcon />}
        onClick={() => setOpen('deactivate')}
        data-testid="account-deactivate"
      >
        {t('deactivate.button')}
      </Button>
      {open === 'correct' && <CorrectDetailsDialog account={account} onDone={onDone} onClose={close} />}
      {open === 'complaint' && <LogComplaintDialog account={account} onClose={close} />}
      {open === 'access' && (
        <ReasonActionDialog
          {...common}
          action="access-request"
          name="account-access"
          title={t('access.title', { id: account.id })}
          reasonField="note"
          intro={
            <Typography variant="body2" sx={{ mb: 2 }}>
              {t('access.intro')}
            </Typography>
          }
          question={() => t('access.question', { id: account.id })}
          confirmLabel={t('access.confirm')}
          success="resources.accounts.access.success"
        />
      )}
      {open === 'block' && (
        <ReasonActionDialog
          {...common}
          action="block"
          name="account-block"
          title={t('block.title', { id: account.id })}
          intro={
            <Typography variant="body2" sx={{ mb: 2 }}>
              {t('block.intro')}
            </Typography>
          }
          question={() => t('block.question', { id: account.id })}
          confirmLabel={t('block.confirm')}
          success="resources.accounts.block.success"
          confirmColor="error"
        />
      )}
      {open === 'unblock' && (
        <ReasonActionDialog
          {...common}
          action="unblock"
          name="account-unblock"
          title={t('unblock.title', { id: account.id })}
          question={() => t('unblock.question', { id: account.id })}
          confirmLabel={t('unblock.confirm')}
          success="resources.accounts.unblock.success"
        />
      )}
      {open === 'deactivate' && (
        <DeactivationDialog
          accountId={account.id}
          via={{ resource: 'accounts', id: account.id, action: 'deactivate' }}
          onDone={onDone}
          onClose={close}
        />
      )}
    </Stack>
  );
};
