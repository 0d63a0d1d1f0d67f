import { useState } from 'react';
import { useNotify, useRefresh, useTranslate } from 'react-admin';
import { ActionDialog } from '../../components/ActionDialog.tsx';
import { ActionFailureAlert } from '../../components/ActionFailureAlert.tsx';
import { useIdempotentAction } from '../../components/useIdempotentAction.ts';
import { DecideQuestion } from './DecideQuestion.tsx';
import { decideBody, initialDecideValues, type DecideValues } from './decideValues.ts';
import { DecisionFields } from './DecisionFields.tsx';
import { noticeLocation } from './noticeLocation.ts';
import { NoticeDecidedDialog } from './NoticeDecidedDialog.tsx';
import type { DecidedNotice, DsaNotice } from './noticeTypes.ts';

/** The notice moved on meanwhile: show it as it is now. */
const STALE_CODES = ['already_decided', 'locked_by_other'];

/**
 * `POST /api/dsa-notices/:id/decide` (docs/TRUST-SAFETY.md): the decision, its statements of reasons and
 * both messages in one go. A restriction then lists the statements issued; 422 `tdb_invalid` lists
 * what the Transparency Database would refuse, field by field.
 */
export const DecideNoticeDialog = ({ notice, onClose }: { notice: DsaNotice; onClose: () => void }) => {
  const translate = useTranslate();
  const t = (key: string, args?: Record<string, unknown>) => translate(`resources.dsa-notices.decide.${key}`, args);
  const action = useIdempotentAction<DecidedNotice>('dsa-notices', notice.id, 'decide');
  const notify = useNotify();
  const refresh = useRefresh();
  const [decided, setDecided] = useState<DecidedNotice | null>(null);

  if (decided) return <NoticeDecidedDialog decided={decided} onClose={onClose} />;

  const confirm = async (values: DecideValues) => {
    const outcome = await action.run(decideBody(values));
    if (!outcome.ok) {
      if (outcome.failure.code && STALE_CODES.includes(outcome.failure.code)) refresh();
      return;
    }
    refresh();
    if (outcome.data.statements?.length) setDecided(outcome.data);
    else {
      notify('resources.dsa-notices.decide.success_no_action', { type: 'success', messageArgs: { reference: notice.reference } });
      onClose();
    }
  };

  const facts = t(notice.trustedFlaggerId != null ? 'facts_template_flagger' : 'facts_template');
  // One statement per review the notice names: each declares its own text's language.
  const reviewIds = [...new Set((notice.locations ?? []).map(noticeLocation).flatMap((l) => (l.kind === 'review' ? [l.reviewId] : [])))];
  return (
    <ActionDialog<DecideValues>
      name="decide"
      title={t('title', { reference: notice.reference })}
      initialValues={initialDecideValues(notice, facts)}
      fields={<DecisionFields reviewIds={reviewIds} />}
      question={(values) => <DecideQuestion notice={notice} values={values} />}
      reviewLabel={translate('resources.reviews.dialog.review')}
      confirmLabel={t('confirm')}
      runningLabel={t('running')}
      confirmColor="warning"
      isPending={action.isPending}
      failure={
        action.failure && (
          <ActionFailureAlert failure={action.failure} codes="resources.dsa-notices.errors" fields="resources.dsa-notices.form" />
        )
      }
      onBack={action.clearFailure}
      onConfirm={(values) => void confirm(values)}
      onClose={onClose}
      maxWidth="md"
    />
  );
};
