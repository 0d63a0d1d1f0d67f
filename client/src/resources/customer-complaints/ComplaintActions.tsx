import { Alert, Button, Stack } from '@mui/material';
import { useState } from 'react';
import { required, SelectInput, TextInput, usePermissions, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { COMPLAINT_STATES, type ComplaintMove } from '../../../../server/domain/complaints/complaintStates.ts';
import { CUSTOMER_COMPLAINT_OUTCOMES, type Role } from '../../../../server/domain/enums.ts';
import { mayRunAction } from '../../../../server/domain/permissions.ts';
import { ActionDialog } from '../../components/ActionDialog.tsx';
import { ActionFailureAlert } from '../../components/ActionFailureAlert.tsx';
import { useIdempotentAction } from '../../components/useIdempotentAction.ts';
import type { ComplaintRecord } from './complaintTypes.ts';

const PATH: Record<ComplaintMove, string> = { start: 'start', answer: 'answer', refer_mediator: 'refer-mediator', close: 'close' };

/** One move of the complaint: a form (the answer) or a plain confirmation (start, mediator, close). */
const MoveDialog = ({ complaint, move, onClose }: { complaint: ComplaintRecord; move: ComplaintMove; onClose: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const run = useIdempotentAction('customer-complaints', complaint.id, PATH[move]);
  const t = (key: string, args?: Record<string, unknown>) => translate(`resources.customer-complaints.${key}`, args);
  const name = `complaint-${PATH[move]}`;
  return (
    <ActionDialog<{ outcome: string; answer: string; note: string }>
      name={name}
      title={t(`moves.${move}.title`, { id: complaint.id })}
      initialValues={{ outcome: '', answer: '', note: '' }}
      fields={
        move === 'answer' ? (
          <>
            <SelectInput
              source="outcome"
              label="resources.customer-complaints.fields.outcome"
              choices={CUSTOMER_COMPLAINT_OUTCOMES.map((o) => ({ id: o, name: `enums.complaint_outcome.${o}` }))}
              validate={required()}
              fullWidth
            />
            <TextInput
              source="answer"
              label="resources.customer-complaints.fields.answer"
              validate={required()}
              multiline
              minRows={4}
              fullWidth
            />
          </>
        ) : (
          <>
            <Alert severity="info" sx={{ mb: 2 }}>
              {t(`moves.${move}.intro`)}
            </Alert>
            {move !== 'start' && <TextInput source="note" label="resources.customer-complaints.note" multiline fullWidth />}
          </>
        )
      }
      question={(v) => (
        <Alert severity="warning" data-testid={`${name}-question`}>
          {t(`moves.${move}.question`, { id: complaint.id, outcome: v.outcome ? translate(`enums.complaint_outcome.${v.outcome}`) : '' })}
        </Alert>
      )}
      reviewLabel={translate('resources.accounts.actions.review')}
      confirmLabel={t(`moves.${move}.confirm`)}
      runningLabel={translate('resources.accounts.actions.running')}
      isPending={run.isPending}
      failure={
        run.failure && (
          <ActionFailureAlert
            failure={run.failure}
            codes="resources.customer-complaints.errors"
            fields="resources.customer-complaints.fields"
          />
        )
      }
      onConfirm={(v) => {
        const body =
          move === 'answer'
            ? { outcome: v.outcome, answer: v.answer.trim() }
            : move === 'start'
              ? {}
              : v.note.trim()
                ? { note: v.note.trim() }
                : {};
        void run.run(body).then((outcome) => {
          if (!outcome.ok) return;
          notify(t(`moves.${move}.done`), { type: 'success' });
          refresh();
          onClose();
        });
      }}
      onBack={run.clearFailure}
      onClose={onClose}
    />
  );
};

/** The moves the state table offers from the complaint's status, to the roles it names. */
export const ComplaintActions = () => {
  const complaint = useRecordContext<ComplaintRecord>();
  const translate = useTranslate();
  const { permissions } = usePermissions<Role[]>();
  const [open, setOpen] = useState<ComplaintMove | null>(null);
  if (!complaint) return null;
  const moves = (COMPLAINT_STATES[complaint.status as keyof typeof COMPLAINT_STATES]?.moves ?? []).filter((m) =>
    mayRunAction(permissions ?? [], `customer-complaints.${PATH[m]}` as Parameters<typeof mayRunAction>[1]),
  );
  if (!moves.length) return null;
  return (
    <Stack direction="row" spacing={1}>
      {moves.map((m) => (
        <Button
          key={m}
          variant={m === 'answer' ? 'contained' : 'outlined'}
          size="small"
          onClick={() => setOpen(m)}
          data-testid={`complaint-move-${PATH[m]}`}
        >
          {translate(`resources.customer-complaints.moves.${m}.button`)}
        </Button>
      ))}
      {open && <MoveDialog complaint={complaint} move={open} onClose={() => setOpen(null)} />}
    </Stack>
  );
};
