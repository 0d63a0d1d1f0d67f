import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useDataText } from '../../components/useDataText.ts';

/** "1 GB gifted, not sendable" under a plan's data, when part of what is left was given (seed 000: never sent). */
export const GiftedShareText = ({ planId, giftedMb }: { planId: number; giftedMb: number | undefined }) => {
  const translate = useTranslate();
  const data = useDataText();
  if (!giftedMb) return null;
  return (
    <Typography variant="caption" component="div" color="text.secondary" data-testid={`plan-gifted-${planId}`}>
      {translate('resources.account-plans.data.gifted', { amount: data(giftedMb) })}
    </Typography>
  );
};
