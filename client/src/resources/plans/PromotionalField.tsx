import { Chip } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import type { Plan } from './planTypes.ts';

/** A "Promotional" tag on promotional plans, nothing on the others (a column of crosses is noise). */
export const PromotionalField = (_props: FieldProps) => {
  const plan = useRecordContext<Plan>();
  const translate = useTranslate();
  if (!plan?.promotional) return null;
  return <Chip size="small" color="secondary" variant="outlined" label={translate('resources.plans.fields.promotional')} />;
};
