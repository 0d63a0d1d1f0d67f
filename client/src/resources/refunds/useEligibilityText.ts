import { useTranslate } from 'react-admin';
import { useDataText } from '../../components/useDataText.ts';
import { useLocale } from '../../components/useLocale.ts';
import { formatEuros, formatNumber } from '../../units.ts';
import { parisDaysBetween } from './refundDeadline.ts';
import type { AccountPlan, EligibilityReason, Order, Refund } from './refundTypes.ts';

/**
 * The data a plan has consumed as the terms count it: what left it (used or sent on), except on a
 * plan a refund already ended, whose remainder was written off rather than used.
 */
export function consumedMb(plan: AccountPlan): number {
  return plan.status === 'refunded' ? plan.dataUsedMb : Math.max(0, plan.dataTotalMb - plan.dataRemainingMb);
}

/**
 * Each reason of the verdict as a sentence citing the terms (GCS §5.5, §6), with the facts of the
 * case: "Requested 31 days after the order (terms: within 30 days)".
 */
export function useEligibilityText(): (reason: EligibilityReason, refund: Refund, order?: Order, plan?: AccountPlan) => string {
  const translate = useTranslate();
  const locale = useLocale();
  const dataText = useDataText();
  const day = (iso: string | null | undefined) =>
    iso ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(iso)) : '?';

  return (reason, refund, order, plan) => {
    const used = plan ? consumedMb(plan) : null;
    const share = plan && used !== null && plan.dataTotalMb > 0 ? (used * 100) / plan.dataTotalMb : null;
    const args = {
      days: order ? parisDaysBetween(order.orderedAt, refund.requestedAt) : '?',
      ordered: day(order?.orderedAt),
      installed: day(plan?.installedAt),
      activated: day(plan?.activatedAt),
      used: used === null ? '?' : dataText(used),
      total: plan ? dataText(plan.dataTotalMb) : '?',
      // Below 1 % the hundredths matter (the rule is strict: used × 100 < total).
      percent: share === null ? '?' : formatNumber(share, locale, share < 1 ? 3 : 1),
      paid: order ? formatEuros(order.amountCents, locale) : '?',
      refunded: order ? formatEuros(order.refundedCents, locale) : '?',
    };
    return translate(`resources.refunds.verdict.reasons.${reason}`, {
      ...args,
      _: translate(`resources.refunds.verdict.reasons.unknown`, { reason }),
    });
  };
}
