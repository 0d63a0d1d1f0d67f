import { useRecordContext, useTranslate } from 'react-admin';
import type { MisuseMeasure } from './misuseTypes.ts';

/** The gravity weighed when the measure was taken (Art. 23(3)(c)), from its recorded factors. */
export const GravityField = () => {
  const measure = useRecordContext<MisuseMeasure>();
  const translate = useTranslate();
  const gravity = measure?.factors?.gravity;
  return <span>{gravity ? translate(`resources.misuse-measures.gravity.${gravity}`) : '—'}</span>;
};
