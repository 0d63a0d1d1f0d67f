import { DateTimeInput, type DateTimeInputProps } from 'react-admin';

/** The browser's local date and time, sent to the API as an ISO 8601 UTC timestamp (times are stored in UTC). */
export const TimestampInput = (props: DateTimeInputProps) => (
  <DateTimeInput parse={(value: string) => (value ? new Date(value).toISOString() : null)} {...props} />
);
