import { useTranslate } from 'react-admin';
import { useLocale } from '../../components/useLocale.ts';
import type { EsimMove } from './sendableTypes.ts';

/** An eSIM as support names it: the last digits of its ICCID ("…8874"), else its number. */
export const esimLabel = (
  id: number,
  iccid: string | null | undefined,
  translate: (key: string, args?: Record<string, unknown>) => string,
) => (iccid ? `…${iccid.slice(-4)}` : translate('resources.account-plans.moves.esim_id', { id }));

/** "Moved to eSIM …8874 on 7 Dec 2026 after a change of device" (GCS §5.4: the plan follows the customer's new device). */
export function useEsimMoveText(): (move: EsimMove, iccidOf?: (id: number) => string | null | undefined) => string {
  const translate = useTranslate();
  const locale = useLocale();
  return (move, iccidOf) => {
    const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(move.movedAt));
    const to = esimLabel(move.toEsimId, move.toIccid ?? iccidOf?.(move.toEsimId), translate);
    return translate('resources.account-plans.moves.moved', { to, date });
  };
}
