import { useEffect, useState } from 'react';

/**
 * The text an input shows for a numeric form value: kept exactly as typed while it still means
 * the form's value, rewritten only when the value changes from outside (record loaded, reset).
 */
export function useValueText(value: number | null, format: (value: number) => string, parse: (text: string) => number | null) {
  const [text, setText] = useState(value === null ? '' : format(value));
  useEffect(() => {
    setText((current) => {
      if (value === null ? current.trim() === '' : parse(current.trim()) === value) return current;
      return value === null ? '' : format(value);
    });
    // format and parse are pure: only a new value can make the text stale.
  }, [value]);
  return [text, setText] as const;
}

/** A form value that holds a number, or null when empty; NaN (a text that is not a number) reads as neither. */
export function numberOrNull(value: unknown): number | null {
  return typeof value === 'number' && !Number.isNaN(value) ? value : null;
}
