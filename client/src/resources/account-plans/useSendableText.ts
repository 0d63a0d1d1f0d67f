import { useTranslate } from 'react-admin';
import type { TransferRefusalCode } from '../../../../server/domain/transfers/transferRules.ts';
import { useDataText } from '../../components/useDataText.ts';
import { MB_PER_GB } from '../../units.ts';

/**
 * What the customer can send from a plan now (seed 000: paid data only, whole GB), or why nothing:
 * "Sendable now: 1 GB", "Nothing sendable: a refund request is open on this plan".
 */
export function useSendableText(): (sendableGb: number, why: TransferRefusalCode | null | undefined) => string {
  const translate = useTranslate();
  const data = useDataText();
  return (sendableGb, why) => {
    if (sendableGb > 0) return translate('resources.account-plans.sendable.now', { amount: data(sendableGb * MB_PER_GB) });
    const reason = why
      ? translate(`resources.account-plans.sendable.why.${why}`, { _: why })
      : translate('resources.account-plans.sendable.why.insufficient_data');
    return translate('resources.account-plans.sendable.nothing', { why: reason });
  };
}
