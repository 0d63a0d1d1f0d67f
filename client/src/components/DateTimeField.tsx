import { DateField, type DateFieldProps } from 'react-admin';
import { useLocale } from './useLocale.ts';

/** A UTC timestamp shown in the staff member's time zone and the console's locale. */
export const DateTimeField = (props: DateFieldProps) => {
  const locale = useLocale();
  return <DateField showTime locales={locale} options={{ dateStyle: 'medium', timeStyle: 'short' }} {...props} />;
};

/** A calendar date (no time of day), in the console's locale. */
export const DayField = (props: DateFieldProps) => {
  const locale = useLocale();
  return <DateField locales={locale} options={{ dateStyle: 'medium' }} {...props} />;
};
