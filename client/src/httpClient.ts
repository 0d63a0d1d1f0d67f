import { HttpError, fetchUtils } from 'react-admin';
import { en } from './i18n/en/index.ts';

/** The API refuses every non-GET request without this header (CSRF guard, same-origin cookies). */
export const CSRF_HEADER = 'X-Kolet-CSRF';

export type HttpResponse = Awaited<ReturnType<typeof fetchUtils.fetchJson>>;

/**
 * fetchJson with the headers every call to /api needs. Errors reject with react-admin's
 * HttpError: `status`, `message` and `body` ({message, code, errors?}), so that forms show
 * server-side validation errors next to their fields. When the API's `code` has a label
 * (`errors.<code>`), the message becomes that key, shown in the staff member's language.
 */
export async function httpClient(url: string, options: fetchUtils.Options = {}): Promise<HttpResponse> {
  const headers = new Headers(options.headers);
  headers.set('Accept', 'application/json');
  headers.set(CSRF_HEADER, '1');
  try {
    return await fetchUtils.fetchJson(url, { ...options, headers, credentials: 'same-origin' });
  } catch (error) {
    const code = errorCode(error);
    if (error instanceof HttpError && code && code in en.errors) throw new HttpError(`errors.${code}`, error.status, error.body);
    throw error;
  }
}

/** The machine-readable `code` of an API error, when there is one. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('body' in error)) return undefined;
  const body = (error as { body: unknown }).body;
  if (typeof body !== 'object' || body === null || !('code' in body)) return undefined;
  const code = (body as { code: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

/** The HTTP status of a rejected call (react-admin's HttpError), when there is one. */
export function errorStatus(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null || !('status' in error)) return undefined;
  const status = (error as { status: unknown }).status;
  return typeof status === 'number' ? status : undefined;
}

/**
 * A refused domain action is explained in its dialog (e.g. 403 "only an admin can approve this as
 * things stand now"), never by leaving the page for Access denied: authProvider.checkError reads the mark.
 */
export function markActionRefusal(error: unknown): unknown {
  return typeof error === 'object' && error !== null ? Object.assign(error, { actionRefusal: true }) : error;
}

/** Was this error a domain action's refusal (see markActionRefusal)? */
export const isActionRefusal = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && (error as { actionRefusal?: unknown }).actionRefusal === true;
