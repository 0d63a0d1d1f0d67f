import { NumberField, type NumberFieldProps } from 'react-admin';
import { useLocale } from './useLocale.ts';

/** A VAT rate in basis points (`vatRateBp`: 2000 = 20 %) shown as a percentage. */
export const VatRateField = (props: NumberFieldProps) => {
  const locale = useLocale();
  return (
    <NumberField
      locales={locale}
      options={{ style: 'percent', maximumFractionDigits: 2 }}
      transform={(bp: number) => bp / 10000}
      {...props}
    />
  );
};
