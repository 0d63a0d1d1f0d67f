import { Alert, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { TextInput, useNotify, useTranslate, type Identifier } from 'react-admin';
import { ActionDialog } from '../../components/ActionDialog.tsx';
import { ActionFailureAlert } from '../../components/ActionFailureAlert.tsx';
import { useIdempotentAction } from '../../components/useIdempotentAction.ts';
import { validateReason } from './reasonValidators.ts';

interface ReasonValues extends Record<string, unknown> {
  reason: string;
}

export interface ReasonActionDialogProps {
  /** `POST /api/<resource>/<id>/<action>` with `{reason}`. */
  resource: string;
  id: Identifier;
  action: string;
  /** Names the dialog and its buttons' test ids. */
  name: string;
  title: string;
  /** Shown above the reason: what the action does. */
  intro?: ReactNode;
  /** The confirmation step's text, with the trimmed reason. */
  question: (reason: string) => ReactNode;
  confirmLabel: string;
  success: string;
  confirmColor?: 'primary' | 'error' | 'warning';
  onDone: () => void;
  onClose: () => void;
  /** The body's name for the text, when the action calls it otherwise (`note`). */
  reasonField?: string;
}

/** A staff action that needs a reason (blocks, deactivation, voids): reason, review, confirm; the API's refusal is shown in place. */
export const ReasonActionDialog = (props: ReasonActionDialogProps) => {
  const {
    resource,
    id,
    action,
    name,
    title,
    intro,
    question,
    confirmLabel,
    success,
    confirmColor = 'primary',
    onDone,
    onClose,
    reasonField = 'reason',
  } = props;
  const translate = useTranslate();
  const notify = useNotify();
  const run = useIdempotentAction(resource, id, action);

  const confirm = async ({ reason }: ReasonValues) => {
    const outcome = await run.run({ [reasonField]: reason.trim() });
    if (!outcome.ok) return;
    notify(success, { type: 'success' });
    onDone();
    onClose();
  };

  return (
    <ActionDialog<ReasonValues>
      name={name}
      title={title}
      initialValues={{ reason: '' }}
      fields={
        <>
          {intro}
          <TextInput
            source="reason"
            label="resources.accounts.actions.reason"
            validate={validateReason}
            multiline
            minRows={2}
            fullWidth
            autoFocus
            helperText="resources.accounts.actions.reason_hint"
          />
        </>
      }
      question={({ reason }) => (
        <>
          <Alert severity={confirmColor === 'error' ? 'warning' : 'info'} data-testid={`${name}-question`}>
            {question(reason.trim())}
          </Alert>
          <Typography variant="body2" sx={{ mt: 2, overflowWrap: 'anywhere' }}>
            <strong>{translate('resources.accounts.actions.reason')}:</strong> {reason.trim()}
          </Typography>
        </>
      )}
      reviewLabel={translate('resources.accounts.actions.review')}
      confirmLabel={confirmLabel}
      runningLabel={translate('resources.accounts.actions.running')}
      confirmColor={confirmColor}
      isPending={run.isPending}
      failure={
        run.failure && <ActionFailureAlert failure={run.failure} codes="resources.accounts.errors" fields="resources.accounts.actions" />
      }
      onConfirm={(values) => void confirm(values)}
      onBack={run.clearFailure}
      onClose={onClose}
    />
  );
};
