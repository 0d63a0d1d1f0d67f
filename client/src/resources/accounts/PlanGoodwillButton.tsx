import CardGiftcardIcon from '@mui/icons-material/CardGiftcard';
import { Alert, IconButton, Tooltip, Typography } from '@mui/material';
import { useState } from 'react';
import { FormDataConsumer, NumberInput, SelectInput, TextInput, useNotify, useTranslate } from 'react-admin';
import { GOODWILL_REASONS } from '../../../../server/domain/enums.ts';
import { ActionDialog } from '../../components/ActionDialog.tsx';
import { ActionFailureAlert } from '../../components/ActionFailureAlert.tsx';
import { useIdempotentAction } from '../../components/useIdempotentAction.ts';
import type { OverviewPlan } from './accountTypes.ts';

interface Values extends Record<string, unknown> {
  gb: number;
  reasonCode: string;
  transferId: number | null;
  note: string;
}

/**
 * Support credits goodwill data to a plan: gifted data in the ledger, never sendable; a reason from the
 * list; within the caps (settings); above the four-eyes threshold a second agent confirms (Goodwill credits).
 */
export const PlanGoodwillButton = ({ plan, onDone }: { plan: OverviewPlan; onDone: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [open, setOpen] = useState(false);
  const run = useIdempotentAction<{ status: string }>('account-plans', plan.id, 'goodwill');
  const t = (key: string, args?: Record<string, unknown>) => translate(`resources.goodwill-credits.dialog.${key}`, args);
  const confirm = async (v: Values) => {
    const outcome = await run.run({
      mb: Math.round(Number(v.gb) * 1024),
      reasonCode: v.reasonCode,
      ...(v.transferId ? { transferId: Number(v.transferId) } : {}),
      ...(v.note.trim() ? { note: v.note.trim() } : {}),
    });
    if (!outcome.ok) return;
    notify(outcome.data.status === 'credited' ? t('success') : t('waiting'), { type: 'success' });
    onDone();
    setOpen(false);
  };
  return (
    <>
      <Tooltip title={t('button')}>
        <IconButton size="small" onClick={() => setOpen(true)} aria-label={t('button')} data-testid={`plan-goodwill-${plan.id}`}>
          <CardGiftcardIcon fontSize="small" />
        </IconButton>
      </Tooltip>
      {open && (
        <ActionDialog<Values>
          name="plan-goodwill"
          title={t('title', { name: plan.name, id: plan.id })}
          initialValues={{ gb: 1, reasonCode: 'transfer_fix', transferId: null, note: '' }}
          fields={
            <>
              <Typography variant="body2" sx={{ mb: 2 }}>
                {t('intro')}
              </Typography>
              <NumberInput
                source="gb"
                label="resources.goodwill-credits.dialog.gb"
                min={0}
                step="any"
                validate={(v: number) => (v > 0 ? undefined : 'ra.validation.required')}
              />
              <SelectInput
                source="reasonCode"
                label="resources.goodwill-credits.fields.reasonCode"
                choices={GOODWILL_REASONS.map((r) => ({ id: r, name: `enums.goodwill_reason.${r}` }))}
                validate={(v: string) => (v ? undefined : 'ra.validation.required')}
              />
              <FormDataConsumer<Values>>
                {({ formData }) =>
                  formData.reasonCode === 'transfer_fix' && (
                    <NumberInput
                      source="transferId"
                      label="resources.goodwill-credits.fields.transferId"
                      validate={(v: number | null) => (v ? undefined : 'ra.validation.required')}
                    />
                  )
                }
              </FormDataConsumer>
              <TextInput source="note" label="resources.goodwill-credits.fields.note" multiline fullWidth />
            </>
          }
          question={(v) => (
            <Alert severity="info" data-testid="plan-goodwill-question">
              {t('question', { gb: v.gb, name: plan.name, reason: translate(`enums.goodwill_reason.${v.reasonCode}`) })}
            </Alert>
          )}
          reviewLabel={translate('resources.accounts.actions.review')}
          confirmLabel={t('confirm')}
          runningLabel={translate('resources.accounts.actions.running')}
          isPending={run.isPending}
          failure={
            run.failure && (
              <ActionFailureAlert failure={run.failure} codes="resources.accounts.errors" fields="resources.goodwill-credits.fields" />
            )
          }
          onConfirm={(v) => void confirm(v)}
          onBack={run.clearFailure}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
};
