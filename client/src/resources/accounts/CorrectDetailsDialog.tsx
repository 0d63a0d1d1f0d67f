import { Alert, Typography } from '@mui/material';
import { SelectInput, TextInput, useNotify, useTranslate } from 'react-admin';
import { ActionDialog } from '../../components/ActionDialog.tsx';
import { ActionFailureAlert } from '../../components/ActionFailureAlert.tsx';
import { useIdempotentAction } from '../../components/useIdempotentAction.ts';
import type { AccountRecord } from './accountTypes.ts';
import { validateReason } from './reasonValidators.ts';

interface Values extends Record<string, unknown> {
  email: string;
  name: string;
  phone: string;
  locale: string;
  reason: string;
}

/**
 * Support corrects a customer's details (GCU §5.2): e-mail (unique; the old one kept; transfers waiting
 * for the new one delivered; both addresses told), name, phone (E.164), language. The account's
 * version goes back with the change: someone else's change in between is a 409, not an overwrite.
 */
export const CorrectDetailsDialog = ({ account, onDone, onClose }: { account: AccountRecord; onDone: () => void; onClose: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const run = useIdempotentAction<{ transfersDelivered: number }>('accounts', account.id, 'correct-details');
  const t = (key: string, args?: Record<string, unknown>) => translate(`resources.accounts.correct.${key}`, args);
  const initial: Values = {
    email: account.email ?? '',
    name: account.name ?? '',
    phone: account.phone ?? '',
    locale: account.locale ?? 'fr',
    reason: '',
  };
  const changes = (v: Values) => (['email', 'name', 'phone', 'locale'] as const).filter((k) => v[k].trim() !== initial[k].trim());

  const confirm = async (v: Values) => {
    const body: Record<string, unknown> = { version: account.version, reason: v.reason.trim() };
    for (const k of changes(v)) body[k] = v[k].trim() === '' ? null : v[k].trim();
    const outcome = await run.run(body);
    if (!outcome.ok) return;
    notify(t('success', { smart_count: outcome.data.transfersDelivered }), { type: 'success' });
    onDone();
    onClose();
  };

  return (
    <ActionDialog<Values>
      name="account-correct"
      title={t('title', { id: account.id })}
      initialValues={initial}
      fields={
        <>
          <Typography variant="body2" sx={{ mb: 2 }}>
            {t('intro')}
          </Typography>
          <TextInput source="email" label="resources.accounts.fields.email" fullWidth />
          <TextInput source="name" label="resources.accounts.fields.name" fullWidth />
          <TextInput source="phone" label="resources.accounts.fields.phone" helperText="resources.accounts.correct.phone_hint" fullWidth />
          <SelectInput
            source="locale"
            label="resources.accounts.fields.locale"
            choices={[
              { id: 'fr', name: 'resources.accounts.languages.fr' },
              { id: 'en', name: 'resources.accounts.languages.en' },
            ]}
          />
          <TextInput
            source="reason"
            label="resources.accounts.actions.reason"
            validate={validateReason}
            multiline
            minRows={2}
            fullWidth
            helperText="resources.accounts.actions.reason_hint"
          />
        </>
      }
      question={(v) => (
        <Alert severity="info" data-testid="account-correct-question">
          {changes(v).length === 0
            ? t('nothing')
            : changes(v).map((k) => (
                <div key={k}>
                  {translate(`resources.accounts.fields.${k}`)}: {initial[k] || '—'} → <strong>{v[k].trim() || '—'}</strong>
                </div>
              ))}
          {changes(v).includes('email') && <div>{t('email_effects')}</div>}
        </Alert>
      )}
      reviewLabel={translate('resources.accounts.actions.review')}
      confirmLabel={t('confirm')}
      runningLabel={translate('resources.accounts.actions.running')}
      isPending={run.isPending}
      failure={
        run.failure && <ActionFailureAlert failure={run.failure} codes="resources.accounts.errors" fields="resources.accounts.fields" />
      }
      onConfirm={(v) => void confirm(v)}
      onBack={run.clearFailure}
      onClose={onClose}
    />
  );
};
