import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { Route, Routes } from 'react-router-dom';
import { AdminContext, Notification, ResourceContextProvider, TestMemoryRouter, memoryStore } from 'react-admin';
import { authProvider, resetAuthCache } from '../../client/src/authProvider.ts';
import { createDataProvider } from '../../client/src/dataProvider.ts';
import { createI18nProvider } from '../../client/src/i18n/index.ts';
import { PlanShow } from '../../client/src/resources/plans/PlanShow.tsx';
import type { Role } from '../../server/domain/enums.ts';
import { server, signedInAs } from './server.ts';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => resetAuthCache());
afterEach(() => {
  cleanup();
  server.resetHandlers();
});
afterAll(() => server.close());

const plan = {
  id: 5,
  countryCode: 'JP',
  regionName: null,
  name: 'Japan 7 GB – 15 days',
  dataMb: 7168,
  fairUseMb: null,
  validityDays: 15,
  priceCents: 1449,
  vatRateBp: 2000,
  status: 'active',
  promotional: false,
  createdAt: '2026-11-20T09:00:00.000Z',
  updatedAt: '2026-11-21T09:00:00.000Z',
  version: 2,
};
// Newest first, as the API sorts them (effectiveFrom DESC).
const prices = [
  {
    id: 31,
    planId: 5,
    priceCents: 1449,
    vatRateBp: 2000,
    effectiveFrom: '2026-11-21T09:00:00.000Z',
    previousPriceCents: 1299,
    reason: 'Yen exchange rate',
    source: 'edited',
    changedByStaffId: 6,
    createdAt: '2026-11-21T09:00:00.000Z',
  },
  {
    id: 30,
    planId: 5,
    priceCents: 1299,
    vatRateBp: 2000,
    effectiveFrom: '2026-11-20T09:00:00.000Z',
    previousPriceCents: null,
    reason: null,
    source: 'created',
    changedByStaffId: 6,
    createdAt: '2026-11-20T09:00:00.000Z',
  },
];

function renderShow(roles: Role[], asked: URLSearchParams[] = []) {
  server.use(
    signedInAs(roles),
    http.get('*/api/plans/5', () => HttpResponse.json(plan)),
    http.get('*/api/countries', () =>
      HttpResponse.json([{ id: 'JP', name: 'Japan' }], { headers: { 'Content-Range': 'countries 0-0/1' } }),
    ),
    http.get('*/api/plan-prices', ({ request }) => {
      asked.push(new URL(request.url).searchParams);
      return HttpResponse.json(prices, { headers: { 'Content-Range': 'plan-prices 0-1/2' } });
    }),
  );
  render(
    <TestMemoryRouter initialEntries={['/plans/5/show']}>
      <AdminContext
        authProvider={authProvider}
        dataProvider={createDataProvider()}
        i18nProvider={createI18nProvider('en')}
        store={memoryStore()}
      >
        <ResourceContextProvider value="plans">
          <Routes>
            <Route path="/plans/:id/show" element={<PlanShow />} />
          </Routes>
        </ResourceContextProvider>
        <Notification />
      </AdminContext>
    </TestMemoryRouter>,
  );
}

describe('PlanShow', () => {
  test('shows the price history newest first: old → new, why, VAT, from when, and who set it, by name (the staff directory), for the catalog team', async () => {
    const asked: URLSearchParams[] = [];
    renderShow(['catalog'], asked);
    const history = await screen.findByTestId('price-history');
    await waitFor(() => expect(within(history).getAllByRole('row')).toHaveLength(3));
    const rows = () =>
      within(history)
        .getAllByRole('row')
        .slice(1)
        .map((row) =>
          within(row)
            .getAllByRole('cell')
            .map((c) => c.textContent),
        );
    await waitFor(() =>
      expect(rows().map((r) => r.slice(1))).toEqual([
        ['€12.99 → €14.49', 'Yen exchange rate (edited)', '20%', 'Chloé Martin'],
        ['First price: €12.99', 'Plan created', '20%', 'Chloé Martin'],
      ]),
    );
    expect(JSON.parse(asked[0]!.get('filter') ?? '{}')).toEqual({ planId: 5 });
    expect(JSON.parse(asked[0]!.get('sort') ?? '[]')).toEqual(['effectiveFrom', 'DESC']);
    expect(await screen.findByRole('button', { name: 'Clone to countries' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Edit' }).getAttribute('href')).toBe('/plans/5');
  });

  test('Delete of a plan that was sold explains that it must be retired instead', async () => {
    server.use(
      http.delete('*/api/plans/5', () =>
        HttpResponse.json({ message: 'This plan has been sold: retire it instead of deleting it', code: 'plan_sold' }, { status: 409 }),
      ),
    );
    renderShow(['catalog']);
    fireEvent.click(await screen.findByRole('button', { name: 'Delete' }));
    const confirm = await screen.findByRole('dialog');
    expect(within(confirm).getByText(/Only a plan that was never sold can be deleted/)).toBeTruthy();
    fireEvent.click(within(confirm).getByRole('button', { name: 'Confirm' }));
    expect(await screen.findByText('This plan has been sold: retire it instead of deleting it.')).toBeTruthy();
  });

  test('Retire sends the whole record with status retired', async () => {
    const puts: Record<string, unknown>[] = [];
    server.use(
      http.put('*/api/plans/5', async ({ request }) => {
        const body = (await request.json()) as Record<string, unknown>;
        puts.push(body);
        return HttpResponse.json({ ...plan, ...body, version: 3 });
      }),
    );
    renderShow(['catalog']);
    fireEvent.click(await screen.findByRole('button', { name: 'Retire' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(puts).toHaveLength(1));
    expect(puts[0]).toMatchObject({ id: 5, status: 'retired', version: 2, priceCents: 1449 });
    expect(await screen.findByText('Plan retired')).toBeTruthy();
  });

  test('a support agent reads the plan but gets no catalog actions', async () => {
    renderShow(['support']);
    await screen.findByTestId('price-history');
    await screen.findByText('Japan 7 GB – 15 days');
    await screen.findByText('First price: €12.99');
    for (const name of ['Retire', 'Clone to countries', 'Delete']) expect(screen.queryByRole('button', { name })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Edit' })).toBeNull();
  });
});
