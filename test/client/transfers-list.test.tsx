import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { AdminContext, ResourceContextProvider, memoryStore } from 'react-admin';
import { authProvider, resetAuthCache } from '../../client/src/authProvider.ts';
import { createDataProvider } from '../../client/src/dataProvider.ts';
import { createI18nProvider } from '../../client/src/i18n/index.ts';
import { TransferList } from '../../client/src/resources/transfers/TransferList.tsx';
import { server, signedInAs } from './server.ts';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => resetAuthCache());
afterEach(() => {
  cleanup();
  server.resetHandlers();
});
afterAll(() => server.close());

const TOTALS: Record<string, number> = { pending: 4, delivered: 1187, redirected: 7, reversed: 5 };

interface Asked {
  filter: Record<string, unknown>;
  range: [number, number];
}

/** GET /api/transfers: one-row queries are the tabs' counts (their total from Content-Range), others the list. */
function transfersHandler(asked: Asked[]) {
  return http.get('*/api/transfers', ({ request }) => {
    const params = new URL(request.url).searchParams;
    const filter = JSON.parse(params.get('filter') ?? '{}') as Record<string, unknown>;
    const range = JSON.parse(params.get('range') ?? '[0,24]') as [number, number];
    asked.push({ filter, range });
    const status = String(filter.status);
    const total = filter.q ? 1 : (TOTALS[status] ?? 0);
    const rows = Array.from({ length: Math.min(total, range[1] - range[0] + 1) }, (_, i) => ({
      id: 100 + i,
      senderAccountId: 1,
      sourceAccountPlanId: 10,
      recipientEmail: `r${i}@example.com`,
      recipientAccountId: null,
      recipientAccountPlanId: null,
      amountGb: 2,
      amountMb: 2048,
      correctsTransferId: null,
      status,
      deliveredAt: null,
      fixedAt: null,
      fixedByStaffId: null,
      createdAt: '2026-11-20T03:00:00.000Z',
      updatedAt: '2026-11-20T03:00:00.000Z',
      version: 1,
    }));
    const end = range[0] + Math.max(rows.length - 1, 0);
    return HttpResponse.json(rows, { headers: { 'Content-Range': `transfers ${range[0]}-${end}/${total}` } });
  });
}

function renderList() {
  server.use(signedInAs(['support']));
  server.use(
    http.get('*/api/accounts', () =>
      HttpResponse.json([{ id: 1, email: 'sophie.bernard@outlook.fr' }], { headers: { 'Content-Range': 'accounts 0-0/1' } }),
    ),
  );
  render(
    <AdminContext
      authProvider={authProvider}
      dataProvider={createDataProvider()}
      i18nProvider={createI18nProvider('en')}
      store={memoryStore()}
    >
      <ResourceContextProvider value="transfers">
        <TransferList />
      </ResourceContextProvider>
    </AdminContext>,
  );
}

const tabLabels = () => screen.getAllByRole('tab').map((tab) => tab.textContent);

describe('TransferList', () => {
  test('each status tab shows its count from Content-Range; Pending is open first', async () => {
    const asked: Asked[] = [];
    server.use(transfersHandler(asked));
    renderList();
    await waitFor(() => expect(tabLabels()).toEqual(['Pending (4)', 'Delivered (1187)', 'Redirected (7)', 'Reversed (5)']));
    expect(screen.getByRole('tab', { name: 'Pending (4)' }).getAttribute('aria-selected')).toBe('true');
    // The counts ask for one row each; the list for a page of the open tab.
    const counts = asked.filter((a) => a.range[1] === 0).map((a) => a.filter);
    expect(counts).toEqual(
      expect.arrayContaining([{ status: 'pending' }, { status: 'delivered' }, { status: 'redirected' }, { status: 'reversed' }]),
    );
    await waitFor(() => expect(screen.getAllByText(/^r\d@example\.com$/)).toHaveLength(4));
  });

  test('a tab filters the list by its status; the counts follow the search', async () => {
    const asked: Asked[] = [];
    server.use(transfersHandler(asked));
    renderList();
    fireEvent.click(await screen.findByRole('tab', { name: /^Redirected/ }));
    await waitFor(() => expect(asked.some((a) => a.range[1] > 0 && a.filter.status === 'redirected')).toBe(true));
    await waitFor(() => expect(screen.getAllByText(/^r\d@example\.com$/)).toHaveLength(7));

    fireEvent.change(screen.getByPlaceholderText('Search'), { target: { value: 'julien' } });
    await waitFor(() => expect(tabLabels()).toEqual(['Pending (1)', 'Delivered (1)', 'Redirected (1)', 'Reversed (1)']), { timeout: 3000 });
    expect(
      asked
        .filter((a) => a.range[1] === 0 && a.filter.q === 'julien')
        .map((a) => a.filter.status)
        .sort(),
    ).toEqual(['delivered', 'pending', 'redirected', 'reversed']);
    expect(within(screen.getByRole('tab', { selected: true })).getByText(/Redirected/)).toBeTruthy();
  });
});
