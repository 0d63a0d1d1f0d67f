// What a browser posts (application/x-www-form-urlencoded): every value a string, a repeated name an array.

export type FormBody = Record<string, unknown>;

export const asFormBody = (body: unknown): FormBody => (body && typeof body === 'object' && !Array.isArray(body) ? (body as FormBody) : {});

/** The field's text; the first one when a name was repeated. */
export function text(body: FormBody, name: string): string {
  const v = body[name];
  if (typeof v === 'string') return v;
  return Array.isArray(v) && typeof v[0] === 'string' ? v[0] : '';
}

export const ticked = (body: FormBody, name: string): boolean => text(body, name) !== '';

/** A textarea of one item per line → the non-blank items, and the line each came from (1-based). */
export function lines(value: string): { items: string[]; lineNumbers: number[] } {
  const items: string[] = [];
  const lineNumbers: number[] = [];
  value.split(/\r\n|\r|\n/).forEach((line, i) => {
    if (line.trim() !== '') {
      items.push(line.trim());
      lineNumbers.push(i + 1);
    }
  });
  return { items, lineNumbers };
}
