import { useTranslate } from 'react-admin';
import { useDataText } from '../../components/useDataText.ts';
import type { TimelineEvent } from './transferTypes.ts';

/** The one-line description of a timeline event, e.g. "Ledger: Transfer out −3 GB on plan #12 (balance 2,048 MB)". */
export function useTimelineText(): (event: TimelineEvent) => string {
  const translate = useTranslate();
  const data = useDataText();
  const t = (key: string, args?: Record<string, unknown>) => translate(`resources.transfers.timeline.${key}`, args);

  return (event) => {
    switch (event.type) {
      case 'created': {
        const { transfer } = event;
        const args = { amount: data(transfer.amountMb), email: transfer.recipientEmail, corrects: transfer.correctsTransferId };
        return transfer.correctsTransferId === null ? t('created', args) : t('created_correction', args);
      }
      case 'delivered':
        return event.transfer.recipientAccountPlanId === null
          ? t('delivered_no_plan')
          : t('delivered', { plan: event.transfer.recipientAccountPlanId });
      case 'fixed': {
        const { transfer } = event;
        const args = {
          email: transfer.redirectedToEmail ?? '',
          recovered: data(transfer.recoveredMb ?? 0),
          lost: data(transfer.unrecoverableMb ?? 0),
        };
        const line = transfer.status === 'redirected' ? t('fixed_redirected', args) : t('fixed_reversed', args);
        if (!transfer.fixReasonCode) return line;
        // Why (the address error, or an admin's override of the finality of transfers).
        const reason = translate(`enums.transfer_fix_reason.${transfer.fixReasonCode}`, { _: transfer.fixReasonCode });
        return transfer.fixOverrideReason
          ? t('fixed_overridden', { line, reason, override: transfer.fixOverrideReason })
          : t('fixed_because', { line, reason });
      }
      case 'ledger': {
        const { entry } = event;
        return t('ledger', {
          kind: translate(`enums.ledger_kind.${entry.kind}`, { _: entry.kind }),
          delta: data(entry.deltaMb, { signed: true }),
          plan: entry.accountPlanId,
          balance: data(entry.balanceAfterMb),
        });
      }
      case 'message': {
        const { message } = event;
        return t('message', {
          template: translate(`resources.messages.templates.${message.template}`, { _: message.template }),
          to: message.toAddress,
          status: translate(`enums.message_status.${message.status}`, { _: message.status }),
        });
      }
      case 'audit': {
        const { audit } = event;
        // `transfers.redirect` → "redirected"; an action we have no label for shows as recorded.
        const verb = audit.action.split('.').pop() ?? audit.action;
        if (audit.outcome === 'failure') {
          // A refused attempt (a fix asked for a final transfer): who tried, and why it was refused.
          const code = typeof audit.after?.refused === 'string' ? audit.after.refused : '';
          const asked =
            typeof audit.after?.reasonCode === 'string'
              ? translate(`enums.transfer_fix_reason.${audit.after.reasonCode}`, { _: audit.after.reasonCode })
              : '?';
          return t('audit_refused', {
            actor: audit.actorEmail ?? '?',
            attempt: translate(`resources.transfers.timeline.attempts.${verb}`, { _: audit.action }),
            asked,
            why: translate(`resources.transfers.fix.refusals.${code}`, { _: audit.reason ?? code }),
          });
        }
        const action = translate(`resources.transfers.timeline.actions.${verb}`, { _: audit.action });
        const args = { actor: audit.actorEmail ?? '?', action, reason: audit.reason ?? '' };
        return audit.reason ? t('audit', args) : t('audit_no_reason', args);
      }
    }
  };
}
