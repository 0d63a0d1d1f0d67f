import type { Validator } from 'react-admin';

/** The API's rule for every reason (zod `.trim().min(5).max(2000)`): said before the request, not after. */
export const REASON_MIN = 5;
export const REASON_MAX = 2000;

export const validateReason: Validator = (value: unknown) => {
  const text = typeof value === 'string' ? value.trim() : '';
  if (!text) return 'ra.validation.required';
  if (text.length < REASON_MIN) return { message: 'ra.validation.minLength', args: { min: REASON_MIN } };
  return text.length > REASON_MAX ? { message: 'ra.validation.maxLength', args: { max: REASON_MAX } } : undefined;
};
