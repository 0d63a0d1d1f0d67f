import type { Validator } from 'react-admin';

/**
 * Required, and at least `min` characters once trimmed, as the API counts them (zod `.trim().min()`):
 * react-admin's `minLength` would let "          x" through.
 */
export const atLeastChars =
  (min: number): Validator =>
  (value: unknown) => {
    const text = typeof value === 'string' ? value.trim() : '';
    if (!text) return 'ra.validation.required';
    return text.length < min ? { message: 'ra.validation.minLength', args: { min } } : undefined;
  };
