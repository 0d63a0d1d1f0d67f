import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { AdminContext, Datagrid, List, ResourceContextProvider, TextField, memoryStore } from 'react-admin';
import { ListPagination } from '../../client/src/components/ListPagination.tsx';
import { countText, createDataProvider } from '../../client/src/dataProvider.ts';
import { createI18nProvider, loadMessages } from '../../client/src/i18n/index.ts';
import { server } from './server.ts';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
});
afterAll(() => server.close());

/** GET /api/accounts answering `total` rows, the total bounded (X-Total-Bounded) when `bounded`. */
function accounts(total: number, bounded: boolean) {
  return http.get('*/api/accounts', ({ request }) => {
    const [start, end] = JSON.parse(new URL(request.url).searchParams.get('range') ?? '[0,24]') as [number, number];
    const rows = Array.from({ length: Math.max(0, Math.min(end + 1, bounded ? Infinity : total) - start) }, (_, i) => ({
      id: start + i + 1,
      email: `a${start + i + 1}@example.com`,
    }));
    const headers: Record<string, string> = { 'Content-Range': `accounts ${start}-${start + rows.length - 1}/${total}` };
    if (bounded) headers['X-Total-Bounded'] = 'true';
    return HttpResponse.json(rows, { headers });
  });
}

async function renderList(locale: 'en' | 'fr') {
  await loadMessages(locale);
  render(
    <AdminContext dataProvider={createDataProvider()} i18nProvider={createI18nProvider(locale)} store={memoryStore()}>
      <ResourceContextProvider value="accounts">
        <List pagination={<ListPagination />} perPage={25}>
          <Datagrid bulkActionButtons={false}>
            <TextField source="email" />
          </Datagrid>
        </List>
      </ResourceContextProvider>
    </AdminContext>,
  );
}

describe('the pagination of a list with a bounded total', () => {
  test('reads "1–25 of more than 10,000" in English', async () => {
    server.use(accounts(10_000, true));
    await renderList('en');
    expect(await screen.findByText('1–25 of more than 10,000')).toBeTruthy();
    expect(screen.getByRole('button', { name: /next page/i }).hasAttribute('disabled')).toBe(false);
  });

  test('reads "1–25 sur plus de 10 000" in French', async () => {
    server.use(accounts(10_000, true));
    await renderList('fr');
    expect(await screen.findByText(/^1–25 sur plus de 10\s000$/)).toBeTruthy();
  });

  test('an exact total reads as before', async () => {
    server.use(accounts(42, false));
    await renderList('en');
    expect(await screen.findByText('1-25 of 42')).toBeTruthy();
  });
});

describe('dataProvider.getList with X-Total-Bounded', () => {
  test('answers partial pagination and the bound in meta; an exact total stays a total', async () => {
    server.use(accounts(10_000, true));
    const provider = createDataProvider('/api');
    const bounded = await provider.getList('accounts', {
      pagination: { page: 2, perPage: 25 },
      sort: { field: 'id', order: 'ASC' },
      filter: {},
    });
    expect(bounded.total).toBeUndefined();
    expect(bounded.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: true });
    expect(bounded.meta).toEqual({ totalAtLeast: 10_000 });
    expect(bounded.data).toHaveLength(25);
    server.use(accounts(30, false));
    const exact = await provider.getList('accounts', {
      pagination: { page: 2, perPage: 25 },
      sort: { field: 'id', order: 'ASC' },
      filter: {},
    });
    expect(exact.total).toBe(30);
    expect(exact.pageInfo).toBeUndefined();
    expect(exact.data).toHaveLength(5);
  });
});

test('a status tab counts "10000+" past the bound', () => {
  expect(countText({ isPending: false, total: undefined, meta: { totalAtLeast: 10_000 } })).toBe('10000+');
  expect(countText({ isPending: false, total: 42 })).toBe('42');
  expect(countText({ isPending: true, total: 42 })).toBe('…');
});
