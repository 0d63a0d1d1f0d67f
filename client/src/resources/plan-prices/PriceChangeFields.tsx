import { Typography } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import { useLocale } from '../../components/useLocale.ts';
import { formatEuros } from '../../units.ts';

/** "12.99 € → 14.99 €", or "First price: 12.99 €" for a plan's first price. */
export const PriceChangeField = (_props: FieldProps) => {
  const record = useRecordContext<{ priceCents: number; previousPriceCents: number | null }>();
  const translate = useTranslate();
  const locale = useLocale();
  if (!record) return null;
  const next = formatEuros(record.priceCents, locale);
  const text =
    record.previousPriceCents === null || record.previousPriceCents === undefined
      ? translate('resources.plan-prices.first_price', { new: next })
      : translate('resources.plan-prices.change', { old: formatEuros(record.previousPriceCents, locale), new: next });
  return (
    <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }} data-testid="price-change">
      {text}
    </Typography>
  );
};

/** Why the price changed: the staff member's words as typed; otherwise how it was set, in words (a code). */
export const PriceReasonField = (_props: FieldProps) => {
  const record = useRecordContext<{ reason: string | null; source: string }>();
  const translate = useTranslate();
  if (!record) return null;
  const how = translate(`resources.plan-prices.sources.${record.source}`, { _: record.source });
  return (
    <Typography component="span" variant="body2" data-testid="price-reason">
      {record.reason ? `${record.reason} (${how.toLowerCase()})` : how}
    </Typography>
  );
};
