import { useTranslate } from 'react-admin';
import { useLocale } from '../../components/useLocale.ts';
import type { FixDestination, FixKind } from './transferTypes.ts';

/**
 * Where recovered data goes: "back into the sender's plan #473", "into a new plan on the account
 * of julien.moreau@gmail.com (#187), expiring 17 Dec 2026", "kept pending until x signs up…".
 */
export function useDestinationText(): (destination: FixDestination, kind: FixKind, email?: string | null) => string {
  const translate = useTranslate();
  const locale = useLocale();
  const t = (key: string, args: Record<string, unknown> = {}) => translate(`resources.transfers.fix.destination.${key}`, args);
  const expiring = (iso: string | null) =>
    iso ? t('expiring', { date: new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(iso)) }) : '';
  return (destination, kind, email) => {
    switch (destination.kind) {
      case 'source_plan':
        return t('source_plan', { plan: destination.accountPlanId });
      case 'new_plan':
        return kind === 'redirect' && email
          ? t('new_plan_recipient', { email, account: destination.accountId }) + expiring(destination.expiresAt)
          : t('new_plan_sender', { account: destination.accountId }) + expiring(destination.expiresAt);
      case 'pending_registration':
        return t('pending_registration', { email: destination.email }) + expiring(destination.expiresAt);
    }
  };
}
