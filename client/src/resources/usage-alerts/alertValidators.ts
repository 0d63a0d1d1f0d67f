import type { Validator } from 'react-admin';

/**
 * An SMS rule goes to its destination, else to the account's phone: with neither, it would go to no
 * one (the API's sms_needs_number). Unknown whether the account has a phone: left to the API.
 */
export const smsNeedsNumber =
  (accountHasPhone: boolean | undefined): Validator =>
  (value: unknown, values: Record<string, unknown>) =>
    values.channel === 'sms' && accountHasPhone === false && (typeof value !== 'string' || value.trim() === '')
      ? 'resources.usage-alerts.errors.sms_needs_number'
      : undefined;
