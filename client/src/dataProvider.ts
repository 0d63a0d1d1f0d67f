import simpleRestProvider from 'ra-data-simple-rest';
import type { DataProvider, Identifier } from 'react-admin';
import { httpClient, markActionRefusal } from './httpClient.ts';

export const API_URL = '/api';

export interface ActionOptions {
  /** Sent as `Idempotency-Key` on money-moving actions: the same key never moves money twice. */
  idempotencyKey?: string;
}

/** ra-data-simple-rest plus the two calls the standard dialect lacks (docs/PRODUCT.md §3). */
export interface KoletDataProvider extends DataProvider {
  /** `POST /api/<resource>/<id>/<action>` with a JSON body, e.g. `action('transfers', 12, 'reverse', { reason })`. */
  action: <Result = unknown>(
    resource: string,
    id: Identifier,
    action: string,
    body?: object,
    options?: ActionOptions,
  ) => Promise<{ data: Result }>;
  /** `POST /api/<resource>/<action>` on a selection (no record id), e.g. `collectionAction('reviews', 'dismiss-reports', { ids })`. */
  collectionAction: <Result = unknown>(
    resource: string,
    action: string,
    body?: object,
    options?: ActionOptions,
  ) => Promise<{ data: Result }>;
  /** `GET /api/<path>` for non-CRUD reads, e.g. `get('audit-log/verify')`. */
  get: <Result = unknown>(path: string) => Promise<{ data: Result }>;
}

/** A list's `meta` when its total is bounded: more than `totalAtLeast` records match (server/rest/listTotal.ts). */
export interface BoundedListMeta {
  totalAtLeast: number;
}

/**
 * ra-data-simple-rest's getList, reading the header `X-Total-Bounded` too: past the server's bound a
 * list answers react-admin's partial pagination (`pageInfo`, no total) and says how many match at
 * least in `meta.totalAtLeast` (the pagination's "1–25 of more than 10,000": ListPagination).
 */
function boundedGetList(apiUrl: string): DataProvider['getList'] {
  return async (resource, params) => {
    let headers: Headers | undefined;
    const reading: typeof httpClient = async (url, options) => {
      const response = await httpClient(url, options);
      headers = response.headers;
      return response;
    };
    const result = await simpleRestProvider(apiUrl, reading).getList(resource, params);
    if (headers?.get('X-Total-Bounded') !== 'true' || result.total == null) return result;
    const { page, perPage } = params.pagination ?? { page: 1, perPage: 10 };
    const { total, ...rest } = result;
    // A full page may have a next one (at worst an empty page after it); a short page is the last.
    return {
      ...rest,
      pageInfo: { hasNextPage: result.data.length >= perPage, hasPreviousPage: page > 1 },
      meta: { ...rest.meta, totalAtLeast: total } satisfies BoundedListMeta,
    };
  };
}

export function createDataProvider(apiUrl: string = API_URL): KoletDataProvider {
  const base = { ...simpleRestProvider(apiUrl, httpClient), getList: boundedGetList(apiUrl) };
  const post = async <Result>(url: string, body: object, options: ActionOptions) => {
    const headers = new Headers({ 'Content-Type': 'application/json' });
    if (options.idempotencyKey) headers.set('Idempotency-Key', options.idempotencyKey);
    try {
      const { json } = await httpClient(url, { method: 'POST', body: JSON.stringify(body), headers });
      return { data: json as Result };
    } catch (error) {
      throw markActionRefusal(error);
    }
  };
  return {
    ...base,
    action: <Result>(resource: string, id: Identifier, action: string, body: object = {}, options: ActionOptions = {}) =>
      post<Result>(`${apiUrl}/${resource}/${encodeURIComponent(String(id))}/${action}`, body, options),
    collectionAction: <Result>(resource: string, action: string, body: object = {}, options: ActionOptions = {}) =>
      post<Result>(`${apiUrl}/${resource}/${action}`, body, options),
    get: async <Result>(path: string) => {
      const { json } = await httpClient(`${apiUrl}/${path.replace(/^\/+/, '')}`);
      return { data: json as Result };
    },
  };
}

export const dataProvider = createDataProvider();

/** A tab's count from a one-row getList: the total, or "10000+" past the server's bound, or "…" while it loads. */
export function countText(result: { total?: number; meta?: unknown; isPending: boolean }): string {
  if (result.isPending) return '…';
  if (result.total != null) return String(result.total);
  const bound = (result.meta as Partial<BoundedListMeta> | undefined)?.totalAtLeast;
  return bound != null ? `${bound}+` : '…';
}
