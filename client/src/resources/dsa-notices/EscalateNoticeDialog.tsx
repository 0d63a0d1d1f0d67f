import { Alert } from '@mui/material';
import { maxLength, required, SelectInput, TextInput, useNotify, useRefresh, useTranslate } from 'react-admin';
import { ActionDialog } from '../../components/ActionDialog.tsx';
import { ActionFailureAlert } from '../../components/ActionFailureAlert.tsx';
import { atLeastChars } from '../../components/textValidators.ts';
import { useIdempotentAction } from '../../components/useIdempotentAction.ts';
import { useLocale } from '../../components/useLocale.ts';
import { countryName, eeaChoices } from '../../tdbChoices.ts';
import { NoteEcho } from '../reviews/NoteEcho.tsx';
import type { DsaNotice } from './noticeTypes.ts';

interface EscalateValues extends Record<string, unknown> {
  authority: string | null;
  memberState: string | null;
  note: string | null;
  authorityReference: string | null;
}

/** The API's minimums (server/actions/dsa.ts). */
const AUTHORITY_MIN = 3;
const NOTE_MIN = 10;

/**
 * `POST /api/dsa-notices/:id/escalate {authority, memberState, note, authorityReference?}` (Art. 18):
 * records the referral with the evidence bundle sent, flags the notice as a threat to life (first in
 * the queue) and alerts every admin.
 */
export const EscalateNoticeDialog = ({ notice, onClose }: { notice: DsaNotice; onClose: () => void }) => {
  const translate = useTranslate();
  const locale = useLocale();
  const t = (key: string, args?: Record<string, unknown>) => translate(`resources.dsa-notices.escalate.${key}`, args);
  const action = useIdempotentAction('dsa-notices', notice.id, 'escalate');
  const notify = useNotify();
  const refresh = useRefresh();

  const confirm = async (values: EscalateValues) => {
    const reference = values.authorityReference?.trim();
    const body = {
      authority: values.authority?.trim() ?? '',
      memberState: values.memberState,
      note: values.note?.trim() ?? '',
      ...(reference ? { authorityReference: reference } : {}),
    };
    const outcome = await action.run(body);
    if (!outcome.ok) return;
    notify('resources.dsa-notices.escalate.success', {
      type: 'success',
      messageArgs: { reference: notice.reference, authority: body.authority },
    });
    refresh();
    onClose();
  };

  const fields = (
    <>
      <Alert severity="error" sx={{ mb: 2 }}>
        {t('intro')}
      </Alert>
      <TextInput
        source="authority"
        label="resources.dsa-notices.form.authority"
        validate={[atLeastChars(AUTHORITY_MIN), maxLength(200)]}
        helperText={t('authority_hint')}
        fullWidth
      />
      <SelectInput
        source="memberState"
        label="resources.dsa-notices.form.memberState"
        choices={eeaChoices(locale)}
        translateChoice={false}
        validate={required()}
        helperText={t('member_state_hint')}
        fullWidth
      />
      <TextInput
        source="authorityReference"
        label="resources.dsa-notices.form.authorityReference"
        validate={maxLength(200)}
        helperText={t('reference_hint')}
        fullWidth
      />
      <TextInput
        source="note"
        label="resources.dsa-notices.form.note"
        multiline
        minRows={3}
        validate={[atLeastChars(NOTE_MIN), maxLength(2000)]}
        helperText={t('note_hint', { min: NOTE_MIN })}
        fullWidth
      />
    </>
  );

  return (
    <ActionDialog<EscalateValues>
      name="escalate"
      title={t('title', { reference: notice.reference })}
      initialValues={{ authority: null, memberState: notice.memberState, note: null, authorityReference: null }}
      fields={fields}
      question={(values) => (
        <>
          <Alert severity="warning" data-testid="escalate-question">
            {t('question', {
              reference: notice.reference,
              authority: values.authority?.trim() ?? '',
              country: countryName(values.memberState ?? '', locale),
            })}
          </Alert>
          <NoteEcho note={values.note} label="resources.dsa-notices.form.note" />
        </>
      )}
      reviewLabel={translate('resources.reviews.dialog.review')}
      confirmLabel={t('confirm')}
      runningLabel={t('running')}
      confirmColor="error"
      isPending={action.isPending}
      failure={
        action.failure && (
          <ActionFailureAlert failure={action.failure} codes="resources.dsa-notices.errors" fields="resources.dsa-notices.form" />
        )
      }
      onBack={action.clearFailure}
      onConfirm={(values) => void confirm(values)}
      onClose={onClose}
    />
  );
};
