import { useTranslate } from 'react-admin';
import { storedReasonInWords } from '../../components/storedReason.ts';
import type { HistoryEvent } from './historyEvents.ts';
import { useFormatters } from './useFormatters.ts';

/** One line per event of the case's history, e.g. "Approved 19.79 € by Isabelle Laurent (finance@kolet.demo)". */
export function useHistoryText(): (event: HistoryEvent) => string {
  const translate = useTranslate();
  const { money } = useFormatters();
  const t = (key: string, args?: Record<string, unknown>) => translate(`resources.refunds.history.${key}`, args);
  const method = (value: string | null) => (value ? translate(`enums.payment_method.${value}`, { _: value }) : '?');

  return (event) => {
    switch (event.type) {
      case 'requested':
        return t(`requested_${event.refund.source}`);
      case 'approval': {
        const { approval } = event;
        return t(event.second ? 'second_approval' : 'approval', {
          amount: money(approval.amountCents),
          name: approval.staffName,
          email: approval.staffEmail,
        });
      }
      case 'rejected':
        return t('rejected', { reason: translate(`enums.refund_reject_code.${event.refund.rejectReasonCode ?? 'other'}`) });
      case 'payout': {
        const { payout } = event;
        const args = {
          amount: money(payout.amountCents),
          method: method(payout.method),
          reference: payout.providerReference ?? '—',
          reason: payout.failureReason ?? '',
        };
        const text = payout.status === 'succeeded' ? t('payout_succeeded', args) : t('payout_failed', args);
        return payout.attempt ? `${text} · ${t('payout_attempt', { n: payout.attempt })}` : text;
      }
      case 'message': {
        const { message } = event;
        return t('message', {
          subject: message.subject,
          to: message.toAddress,
          status: translate(`enums.message_status.${message.status}`, { _: message.status }),
        });
      }
      case 'audit': {
        const { audit } = event;
        // `refunds.payout_failed` → "recorded a failed payout"; an action we have no label for shows as recorded.
        const verb = audit.action.split('.').pop() ?? audit.action;
        const args = {
          actor: audit.actorEmail ?? '?',
          action: translate(`resources.refunds.history.actions.${verb}`, { _: audit.action }),
          reason: audit.reason ? storedReasonInWords(audit.action, audit.reason, translate) : '',
        };
        return audit.reason ? t('audit', args) : t('audit_no_reason', args);
      }
    }
  };
}
