import { useTranslate } from 'react-admin';
import { useDataText } from '../../components/useDataText.ts';
import { useLocale } from '../../components/useLocale.ts';
import { formatNumber } from '../../units.ts';
import type { VerdictRecord } from './refundTypes.ts';
import { useFormatters } from './useFormatters.ts';
import { consumedShare, type VerdictRowKey } from './verdictRows.ts';

/** One cell of the "when asked → now" comparison, in words: "Partial refund", "51 MB", "0.5 %", "Yes". */
export function useVerdictCellText(): (key: VerdictRowKey, record: VerdictRecord) => string {
  const translate = useTranslate();
  const data = useDataText();
  const locale = useLocale();
  const { money } = useFormatters();
  const yesNo = (value: boolean) => translate(value ? 'ra.boolean.true' : 'ra.boolean.false');
  return (key, { facts, verdict }) => {
    switch (key) {
      case 'eligibility':
        return translate(`enums.refund_eligibility.${verdict.eligibility}`);
      case 'proposed':
        return verdict.eligibility === 'not_eligible' ? '—' : money(verdict.proposedAmountCents);
      case 'reasons':
        return verdict.reasons.map((r) => translate(`resources.refunds.verdict.short.${r}`, { _: r })).join(', ') || '—';
      case 'daysSinceOrder':
        return translate('resources.refunds.compare.days', { smart_count: facts.daysSinceOrder });
      case 'installed':
        return yesNo(facts.installed);
      case 'activated':
        return yesNo(facts.activated);
      case 'dataUsedMb':
        return data(facts.dataUsedMb);
      case 'dataSentMb':
        return data(facts.dataSentMb);
      case 'consumedShare': {
        // Below 1 % the hundredths matter (the rule is strict: consumed × 100 < total).
        const share = consumedShare(facts);
        return translate('resources.refunds.compare.share', {
          percent: formatNumber(share, locale, share < 10 ? 2 : 1),
          total: data(facts.dataTotalMb),
        });
      }
      case 'amountPaidCents':
        return money(facts.amountPaidCents);
      case 'refundedCents':
        return money(facts.refundedCents);
      case 'lostOrStolenDevice':
        return yesNo(facts.lostOrStolenDevice);
    }
  };
}
