import { useTranslate } from 'react-admin';
import { durationParts } from './noticeClock.ts';

/** "2 d 5 h", "5 h 20 min", "12 min" in the console's language. */
export function useDuration() {
  const translate = useTranslate();
  return (minutes: number): string => {
    const { days, hours, minutes: min } = durationParts(minutes);
    const t = (unit: string, n: number) => translate(`resources.dsa-notices.clock.${unit}`, { n });
    if (days > 0) return hours > 0 ? `${t('days', days)} ${t('hours', hours)}` : t('days', days);
    if (hours > 0) return min > 0 ? `${t('hours', hours)} ${t('minutes', min)}` : t('hours', hours);
    return t('minutes', min);
  };
}
