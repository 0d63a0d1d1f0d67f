import { useWatch } from 'react-hook-form';
import { TextInput, maxLength, minLength, required, useRecordContext } from 'react-admin';

const reasonRules = [required('resources.plans.price_change.reason_required'), minLength(3), maxLength(500)];

/**
 * On an existing plan whose price the form changes: why (kept in the price history, old → new).
 * The API refuses a price change without one (400 price_change_reason_required).
 */
export const PriceChangeReasonInput = () => {
  const record = useRecordContext<{ id?: number; priceCents?: number }>();
  const priceCents: unknown = useWatch({ name: 'priceCents' });
  if (!record?.id || priceCents === record.priceCents || priceCents === undefined || priceCents === null) return null;
  return (
    <TextInput
      source="priceChangeReason"
      validate={reasonRules}
      helperText="resources.plans.helper.priceChangeReason"
      fullWidth
      data-testid="price-change-reason"
    />
  );
};
