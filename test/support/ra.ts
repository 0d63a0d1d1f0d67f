import { fetchUtils } from 'ra-core';
import simpleRestProvider from 'ra-data-simple-rest';
import type { SessionFetch } from './server.ts';

/**
 * The httpClient the console gives ra-data-simple-rest, for a test: react-admin's own
 * `fetchJson` plus the session cookie (a browser would send it) and the CSRF header.
 */
export function raHttpClient(session: Pick<SessionFetch, 'cookie'>) {
  return (url: string, options: fetchUtils.Options = {}) => {
    const headers = new Headers(options.headers ?? { Accept: 'application/json' });
    headers.set('cookie', session.cookie);
    headers.set('x-kolet-csrf', '1');
    return fetchUtils.fetchJson(url, { ...options, headers });
  };
}

/** The real ra-data-simple-rest data provider, signed in as `session`. */
export function raDataProvider(session: Pick<SessionFetch, 'cookie' | 'baseUrl'>) {
  return simpleRestProvider(`${session.baseUrl}/api`, raHttpClient(session));
}
