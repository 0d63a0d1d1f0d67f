import type { InputProps } from 'react-admin';
import { centsToEuroText, parseEuros } from '../units.ts';
import { FixedPointInput } from './FixedPointInput.tsx';

/**
 * Edits an integer amount of euro cents as euros: the text the staff member types is kept
 * as typed and parsed digit by digit into cents (no float drift: `0.29` is 29 cents).
 */
export const EuroInput = (props: InputProps & { className?: string }) => (
  <FixedPointInput {...props} parse={parseEuros} format={centsToEuroText} adornment="€" invalidMessage="validation.euros" />
);
