import BlockIcon from '@mui/icons-material/Block';
import LockOpenIcon from '@mui/icons-material/LockOpen';
import PersonOffIcon from '@mui/icons-material/PersonOff';
import { Button, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import type { AccountRecord } from './accountTypes.ts';
import { ReasonActionDialog } from './ReasonActionDialog.tsx';
import { useRoles } from './useRoles.ts';

type Dialog = 'deactivate' | 'block' | 'unblock' | null;

/** What deactivation erases at once and what the law keeps (GCU §5.3, docs/ACCOUNTS.md). */
const DeactivationExplained = () => {
  const translate = useTranslate();
  const t = (key: string) => translate(`resources.accounts.deactivate.${key}`);
  return (
    <Stack spacing={1} sx={{ mb: 2 }} data-testid="deactivate-explained">
      <Typography variant="body2"><strong>{t('erased_title')}</strong> {t('erased')}</Typography>
      <Typography variant="body2"><strong>{t('kept_title')}</strong> {t('kept')}</Typography>
      <Typography variant="body2" color="error.main">{t('irreversible')}</Typography>
    </Stack>
  );
};

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
        <Button size="small" variant="outlined" startIcon={<LockOpenIcon />} onClick={() => setOpen('unblock')} data-testid="account-unblock">{t('unblock.button')}</Button>
      ) : (
        <Button size="small" variant="outlined" color="error" startIcon={<BlockIcon />} onClick={() => setOpen('block')} data-testid="account-block">{t('block.button')}</Button>
      )}
      <Button size="small" variant="outlined" color="error" startIcon={<PersonOffIcon />} onClick={() => setOpen('deactivate')} data-testid="account-deactivate">{t('deactivate.button')}</Button>
      {open === 'block' && (
        <ReasonActionDialog
          {...common} action="block" name="account-block" title={t('block.title', { id: account.id })}
          intro={<Typography variant="body2" sx={{ mb: 2 }}>{t('block.intro')}</Typography>}
          question={() => t('block.question', { id: account.id })} confirmLabel={t('block.confirm')} success="resources.accounts.block.success" confirmColor="error"
        />
      )}
      {open === 'unblock' && (
        <ReasonActionDialog
          {...common} action="unblock" name="account-unblock" title={t('unblock.title', { id: account.id })}
          question={() => t('unblock.question', { id: account.id })} confirmLabel={t('unblock.confirm')} success="resources.accounts.unblock.success"
        />
      )}
      {open === 'deactivate' && (
        <ReasonActionDialog
          {...common} action="deactivate" name="account-deactivate" title={t('deactivate.title', { id: account.id })}
          intro={<DeactivationExplained />}
          question={() => t('deactivate.question', { id: account.id })} confirmLabel={t('deactivate.confirm')} success="resources.accounts.deactivate.success" confirmColor="error"
        />
      )}
    </Stack>
  );
};
