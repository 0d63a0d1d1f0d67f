// What text we store: no control characters (PostgreSQL text refuses NUL, and the others only
// hide data from people and spreadsheets), except tab, line feed and carriage return, which
// multi-line text (a note, a comment) may hold. docs/OPERATIONS.md "Input we refuse".

// C0 controls but \t \n \r, DEL, and the C1 controls.
const CONTROL_CLASS = '[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F]';
const CONTROL = new RegExp(CONTROL_CLASS);
const CONTROL_ALL = new RegExp(CONTROL_CLASS, 'g');

export const hasControlCharacter = (text: string): boolean => CONTROL.test(text);

/**
 * Every place in a JSON-like value (a body, a query) where a string or a key holds a control
 * character, as `{ "field.path": message }` — the paths of our `{errors}` answers.
 */
export function controlCharacterErrors(value: unknown, path: string[] = [], errors: Record<string, string> = {}): Record<string, string> {
  const name = () => (path.length ? path.join('.') : '_');
  if (typeof value === 'string') {
    if (hasControlCharacter(value))
      errors[name()] = value.includes('\u0000') ? 'must not contain NUL characters' : 'must not contain control characters';
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => controlCharacterErrors(item, [...path, String(i)], errors));
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      if (hasControlCharacter(key))
        errors[[...path, key.replace(CONTROL_ALL, '?')].join('.')] = 'a field name must not contain control characters';
      else controlCharacterErrors(item, [...path, key], errors);
    }
  }
  return errors;
}
