import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { AdminContext, ResourceContextProvider, memoryStore } from 'react-admin';
import { authProvider, resetAuthCache } from '../../client/src/authProvider.ts';
import { createDataProvider } from '../../client/src/dataProvider.ts';
import { createI18nProvider } from '../../client/src/i18n/index.ts';
import { PlanList } from '../../client/src/resources/plans/PlanList.tsx';
import type { Role } from '../../server/domain/enums.ts';
import { server, signedInAs } from './server.ts';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => resetAuthCache());
afterEach(() => {
  cleanup();
  server.resetHandlers();
});
afterAll(() => server.close());

const plan = (id: number, countryCode: string | null, regionName: string | null, name: string, status = 'active') => ({
  id,
  countryCode,
  regionName,
  name,
  dataMb: 1024,
  fairUseMb: null,
  validityDays: 7,
  priceCents: 499,
  vatRateBp: 2000,
  status,
  promotional: false,
  version: 1,
});
const PLANS = [
  plan(1, null, 'Europe', 'Europe 10 GB – 30 days'),
  plan(2, null, 'Asia', 'Asia 10 GB – 30 days'),
  plan(3, 'JP', null, 'Japan 1 GB – 7 days'),
  plan(4, 'JP', null, 'Japan 3 GB – 15 days'),
  plan(5, 'TH', null, 'Thailand 1 GB – 7 days'),
  plan(6, 'JP', null, 'Japan 50 GB – 30 days', 'draft'),
];

interface Asked {
  filter: Record<string, unknown>;
  sort: unknown;
  range: [number, number];
}

function renderList(roles: Role[], asked: Asked[] = []) {
  server.use(
    signedInAs(roles),
    http.get('*/api/plans', ({ request }) => {
      const params = new URL(request.url).searchParams;
      const filter = JSON.parse(params.get('filter') ?? '{}') as Record<string, unknown>;
      const range = JSON.parse(params.get('range') ?? '[0,24]') as [number, number];
      asked.push({ filter, sort: JSON.parse(params.get('sort') ?? 'null'), range });
      const rows = PLANS.filter(
        (p) => (!filter.status || p.status === filter.status) && (!filter.countryCode || p.countryCode === filter.countryCode),
      );
      const page = rows.slice(range[0], range[1] + 1);
      return HttpResponse.json(page, { headers: { 'Content-Range': `plans ${range[0]}-${range[0] + page.length - 1}/${rows.length}` } });
    }),
    http.get('*/api/countries', () =>
      HttpResponse.json(
        [
          { id: 'JP', name: 'Japan' },
          { id: 'TH', name: 'Thailand' },
        ],
        { headers: { 'Content-Range': 'countries 0-1/2' } },
      ),
    ),
  );
  render(
    <AdminContext
      authProvider={authProvider}
      dataProvider={createDataProvider()}
      i18nProvider={createI18nProvider('en')}
      store={memoryStore()}
    >
      <ResourceContextProvider value="plans">
        <PlanList />
      </ResourceContextProvider>
    </AdminContext>,
  );
}

const rows = () => screen.getAllByRole('row').slice(1);

describe('PlanList', () => {
  test('opens on plans on sale, sorted by country, each country named once over its group; tabs count each status', async () => {
    const asked: Asked[] = [];
    renderList(['catalog'], asked);
    await waitFor(() => expect(rows()).toHaveLength(5));
    await waitFor(() => expect(screen.getAllByRole('tab').map((t) => t.textContent)).toEqual(['Active (5)', 'Draft (1)', 'Retired (0)']));
    const list = asked.find((a) => a.range[1] === 49)!; // a page of 50; the tabs' counts ask for one row
    expect(list.filter).toEqual({ status: 'active' });
    expect(list.sort).toEqual(['countryCode', 'ASC']);
    // Country names: once per group (Japan over its two plans), none on region plans.
    await waitFor(() =>
      expect(rows().map((r) => within(r).getAllByRole('cell')[1]!.textContent)).toEqual(['', '', 'Japan', '', 'Thailand']),
    );
  });

  test('the catalog team can select plans for a bulk price change; other roles cannot', async () => {
    renderList(['catalog']);
    await waitFor(() => expect(rows()).toHaveLength(5));
    fireEvent.click(within(rows()[2]!).getByRole('checkbox'));
    expect(await screen.findByRole('button', { name: 'Change prices' })).toBeTruthy();
    cleanup();
    resetAuthCache();

    renderList(['support']);
    await waitFor(() => expect(rows()).toHaveLength(5));
    expect(within(rows()[0]!).queryByRole('checkbox')).toBeNull();
  });
});
