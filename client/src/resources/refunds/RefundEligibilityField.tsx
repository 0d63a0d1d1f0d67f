import { Chip, Stack, Typography, type ChipProps } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import { useLocale } from '../../components/useLocale.ts';
import { formatEuros } from '../../units.ts';
import type { Eligibility, Refund } from './refundTypes.ts';

export const ELIGIBILITY_COLORS: Record<Eligibility, ChipProps['color']> = {
  full: 'success',
  partial: 'info',
  not_eligible: 'default',
};

/** The terms' verdict as a chip, with the amount they allow at most (none when not eligible). */
export const RefundEligibilityField = (_props: FieldProps<Refund>) => {
  const record = useRecordContext<Refund>();
  const translate = useTranslate();
  const locale = useLocale();
  if (!record) return null;
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'nowrap' }}>
      <Chip
        size="small"
        variant={record.eligibility === 'not_eligible' ? 'outlined' : 'filled'}
        color={ELIGIBILITY_COLORS[record.eligibility]}
        label={translate(`enums.refund_eligibility.${record.eligibility}`)}
      />
      {record.eligibility !== 'not_eligible' && (
        <Typography variant="body2" component="span" sx={{ whiteSpace: 'nowrap' }} data-testid="refund-proposed">
          {formatEuros(record.proposedAmountCents, locale)}
        </Typography>
      )}
    </Stack>
  );
};
