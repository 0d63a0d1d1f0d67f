import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { http, HttpResponse } from 'msw';
import { createDataProvider } from '../../client/src/dataProvider.ts';
import { server } from './server.ts';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const dataProvider = createDataProvider('/api');

describe('dataProvider (ra-data-simple-rest on /api)', () => {
  test('getList sends the CSRF and Accept headers and the simple-rest query, and reads the total from Content-Range', async () => {
    let seen: { url: URL; csrf: string | null; accept: string | null } | undefined;
    server.use(
      http.get('*/api/transfers', ({ request }) => {
        seen = { url: new URL(request.url), csrf: request.headers.get('X-Kolet-CSRF'), accept: request.headers.get('Accept') };
        return HttpResponse.json(
          [
            { id: 11, status: 'pending' },
            { id: 12, status: 'delivered' },
          ],
          {
            headers: { 'Content-Range': 'transfers 25-26/327' },
          },
        );
      }),
    );
    const result = await dataProvider.getList('transfers', {
      pagination: { page: 2, perPage: 25 },
      sort: { field: 'createdAt', order: 'DESC' },
      filter: { status: 'pending', q: 'gmial' },
    });
    expect(result.total).toBe(327);
    expect(result.data.map((r) => r.id)).toEqual([11, 12]);
    expect(seen?.csrf).toBe('1');
    expect(seen?.accept).toBe('application/json');
    expect(JSON.parse(seen?.url.searchParams.get('range') ?? '')).toEqual([25, 49]);
    expect(JSON.parse(seen?.url.searchParams.get('sort') ?? '')).toEqual(['createdAt', 'DESC']);
    expect(JSON.parse(seen?.url.searchParams.get('filter') ?? '')).toEqual({ status: 'pending', q: 'gmial' });
  });

  test('getMany asks for the ids as an id filter', async () => {
    let filter: unknown;
    server.use(
      http.get('*/api/accounts', ({ request }) => {
        filter = JSON.parse(new URL(request.url).searchParams.get('filter') ?? 'null');
        return HttpResponse.json([{ id: 1 }, { id: 2 }]);
      }),
    );
    await dataProvider.getMany('accounts', { ids: [1, 2] });
    expect(filter).toEqual({ id: [1, 2] });
  });

  test('update sends the whole record back (with its version) and a 409 rejects with the API error', async () => {
    let body: unknown;
    let method = '';
    server.use(
      http.put('*/api/plans/4', async ({ request }) => {
        method = request.method;
        body = await request.json();
        return HttpResponse.json({ message: 'This plans record was changed by someone else', code: 'stale_record' }, { status: 409 });
      }),
    );
    const record = { id: 4, name: 'France 5 GB', priceCents: 990, version: 3 };
    await expect(dataProvider.update('plans', { id: 4, data: record, previousData: record })).rejects.toMatchObject({
      status: 409,
      message: 'errors.stale_record', // translated in the staff member's language
      body: { code: 'stale_record' },
    });
    expect(method).toBe('PUT');
    expect(body).toEqual(record);
  });

  test('action posts to /api/<resource>/<id>/<action> with the body, the CSRF header and an Idempotency-Key', async () => {
    let seen: { csrf: string | null; key: string | null; body: unknown } | undefined;
    server.use(
      http.post('*/api/transfers/12/reverse', async ({ request }) => {
        seen = { csrf: request.headers.get('X-Kolet-CSRF'), key: request.headers.get('Idempotency-Key'), body: await request.json() };
        return HttpResponse.json({ id: 12, status: 'reversed' });
      }),
    );
    const { data } = await dataProvider.action<{ status: string }>(
      'transfers',
      12,
      'reverse',
      { reason: 'typo' },
      { idempotencyKey: 'k-1' },
    );
    expect(data.status).toBe('reversed');
    expect(seen).toEqual({ csrf: '1', key: 'k-1', body: { reason: 'typo' } });
  });

  test('an error code without a label keeps the API message, and field errors stay in the body', async () => {
    server.use(
      http.post('*/api/promo-codes', () =>
        HttpResponse.json(
          { message: 'Invalid body: code', code: 'some_new_rule', errors: { code: 'letters, digits, - and _' } },
          { status: 400 },
        ),
      ),
    );
    await expect(dataProvider.create('promo-codes', { data: { code: '!' } })).rejects.toMatchObject({
      status: 400,
      message: 'Invalid body: code',
      body: { errors: { code: 'letters, digits, - and _' } },
    });
  });

  test('a refused action is marked as such (its dialog explains it; no Access denied page), a refused read is not', async () => {
    server.use(
      http.post('*/api/transfers/12/reverse', () =>
        HttpResponse.json({ message: 'Only an admin can override', code: 'override_admin_only' }, { status: 403 }),
      ),
      http.get('*/api/transfers/12', () =>
        HttpResponse.json({ message: 'Your role does not allow read on transfers', code: 'forbidden' }, { status: 403 }),
      ),
    );
    await expect(dataProvider.action('transfers', 12, 'reverse', {})).rejects.toMatchObject({ status: 403, actionRefusal: true });
    const read = await dataProvider.getOne('transfers', { id: 12 }).catch((e: unknown) => e);
    expect(read).toMatchObject({ status: 403 });
    expect((read as { actionRefusal?: boolean }).actionRefusal).toBeUndefined();
  });

  test('get reads a non-CRUD endpoint', async () => {
    server.use(
      http.get('*/api/audit-log/verify', () => HttpResponse.json({ ok: true, checked: 42, firstBrokenId: null, message: 'intact' })),
    );
    await expect(dataProvider.get('audit-log/verify')).resolves.toEqual({
      data: { ok: true, checked: 42, firstBrokenId: null, message: 'intact' },
    });
  });
});
