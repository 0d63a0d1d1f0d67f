import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse, type HttpHandler, type JsonBodyType } from 'msw';
import { AdminContext, memoryStore } from 'react-admin';
import { authProvider, resetAuthCache } from '../../client/src/authProvider.ts';
import { createDataProvider } from '../../client/src/dataProvider.ts';
import { createI18nProvider } from '../../client/src/i18n/index.ts';
import { Dashboard } from '../../client/src/pages/Dashboard.tsx';
import type { Role } from '../../server/domain/enums.ts';
import { server, signedInAs } from './server.ts';

// The charts' module waits for this gate: the test decides when the lazy chunk "arrives".
const gate = vi.hoisted(() => {
  let open: () => void = () => {};
  let opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return {
    wait: () => opened,
    open: () => open(),
    close: () => {
      opened = new Promise<void>((resolve) => {
        open = resolve;
      });
    },
  };
});
vi.mock('../../client/src/dashboard/DashboardCharts.tsx', async (importOriginal) => {
  await gate.wait();
  return importOriginal();
});

// recharts sizes its responsive charts with ResizeObserver, which jsdom lacks.
class NoResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= NoResizeObserver as unknown as typeof ResizeObserver;

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => resetAuthCache());
afterEach(() => {
  cleanup();
  server.resetHandlers();
  vi.useRealTimers();
});
afterAll(() => server.close());

const NOW = new Date('2026-11-20T10:30:00.000Z');
const days = ['2026-11-18', '2026-11-19', '2026-11-20'];

/** The stats API; records which endpoints were asked. */
function statsHandlers(asked: string[], cards: Record<string, number | null>) {
  const answer = (name: string, body: JsonBodyType) =>
    http.get(`*/api/stats/${name}`, () => {
      asked.push(name);
      return HttpResponse.json(body);
    });
  return [
    answer('cards', cards),
    answer('sales', {
      from: days[0],
      to: days[2],
      days: days.map((day, i) => ({
        day,
        orders: i + 1,
        salesCents: 1999 * (i + 1),
        refunds: i === 2 ? 1 : 0,
        refundedCents: i === 2 ? 999 : 0,
      })),
      countries: [{ countryCode: 'JP', name: 'Japan', orders: 4, salesCents: 9996, refundedCents: 999 }],
    }),
    answer('top-destinations', [{ countryCode: 'JP', name: 'Japan', orders: 4 }]),
    answer('transfers', {
      days: days.map((day) => ({ day, transfers: 2, gb: 5, fixes: 1 })),
      byStatus: { pending: 4, delivered: 1187, redirected: 7, reversed: 5 },
    }),
    answer('reviews', {
      ratings: [
        { rating: 5, count: 40 },
        { rating: 1, count: 3 },
      ],
      openReports: 6,
      reportedReviews: 4,
      removed: 2,
    }),
    answer('dsa', {
      byStatus: { received: 2, in_review: 1, decided: 10, closed: 5 },
      decided: 15,
      decidedWithinSla: 12,
      slaCompliance: 0.8,
      overSla: 1,
      threatToLifeOpen: 0,
    }),
  ];
}

const ALL_CARDS = {
  refundsDueToday: 3,
  refundsOverdue: 1,
  transfersAwaitingFix: null,
  reportedReviews: null,
  noticesOverSla: null,
  activePlans: 93,
  unavailableCountries: 4,
  complaintsAwaitingAnswer: null,
};

function renderDashboard(
  roles: Role[],
  asked: string[] = [],
  cards: Record<string, number | null> = ALL_CARDS,
  overrides: HttpHandler[] = [],
) {
  server.use(signedInAs(roles), ...statsHandlers(asked, cards));
  server.use(...overrides); // the latest handlers answer first
  render(
    <AdminContext
      authProvider={authProvider}
      dataProvider={createDataProvider()}
      i18nProvider={createI18nProvider('en')}
      store={memoryStore()}
    >
      <Dashboard />
    </AdminContext>,
  );
}

const linkFilter = (key: string) => {
  const href = screen.getByTestId(`stat-card-${key}`).getAttribute('href') ?? '';
  const [path, query] = href.split('?');
  return { path, filter: JSON.parse(new URLSearchParams(query).get('filter') ?? 'null') as unknown };
};

describe('Dashboard cards', () => {
  test('show the live counts, link each to its pre-filtered list, and hide the figures the role may not see', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
    gate.open();
    renderDashboard(['finance']);
    expect((await screen.findByTestId('stat-count-refundsDueToday')).textContent).toBe('3');
    expect(screen.getByTestId('stat-count-refundsOverdue').textContent).toBe('1');
    expect(screen.getByTestId('stat-count-activePlans').textContent).toBe('93');
    expect(screen.getByText('Refunds to decide today')).toBeTruthy();
    for (const hidden of ['transfersAwaitingFix', 'reportedReviews', 'noticesOverSla'])
      expect(screen.queryByTestId(`stat-card-${hidden}`)).toBeNull();

    expect(linkFilter('refundsDueToday')).toEqual({
      path: '#/refunds',
      filter: { status: ['requested', 'awaiting_second_approval'], decisionDueAt_gte: '2026-11-20', decisionDueAt_lte: '2026-11-20' },
    });
    expect(linkFilter('refundsOverdue')).toEqual({
      path: '#/refunds',
      filter: { status: ['requested', 'awaiting_second_approval'], decisionDueAt_lt: NOW.toISOString() },
    });
    expect(linkFilter('activePlans')).toEqual({ path: '#/plans', filter: { status: 'active' } });
    expect(linkFilter('unavailableCountries')).toEqual({ path: '#/countries', filter: { available: false } });
  });

  test('every card of an admin links to its list', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-20T23:30:00.000Z')); // already 21 November in Paris
    gate.open();
    renderDashboard(['admin'], [], {
      refundsDueToday: 0,
      refundsOverdue: 0,
      transfersAwaitingFix: 2,
      reportedReviews: 4,
      noticesOverSla: 1,
      activePlans: 93,
      unavailableCountries: 4,
      complaintsAwaitingAnswer: 2,
    });
    await screen.findByTestId('stat-card-transfersAwaitingFix');
    expect(screen.getAllByTestId(/^stat-card-/)).toHaveLength(8);
    expect(linkFilter('refundsDueToday').filter).toMatchObject({ decisionDueAt_gte: '2026-11-21', decisionDueAt_lte: '2026-11-21' });
    expect(linkFilter('transfersAwaitingFix')).toEqual({
      path: '#/transfers',
      filter: { status: 'pending', createdAt_lt: '2026-11-19T23:30:00.000Z' },
    });
    expect(linkFilter('reportedReviews')).toEqual({ path: '#/reviews', filter: { reported: true } });
    expect(linkFilter('complaintsAwaitingAnswer')).toEqual({
      path: '#/customer-complaints',
      filter: { status: ['acknowledged', 'in_progress'] },
    });
    expect(linkFilter('noticesOverSla')).toEqual({
      path: '#/dsa-notices',
      filter: { status: ['received', 'in_review'], decisionDueAt_lt: '2026-11-20T23:30:00.000Z' },
    });
  });
});

describe('Dashboard charts', () => {
  test('are lazy: the cards show while the charts module is still loading', async () => {
    gate.close();
    renderDashboard(['finance']);
    expect((await screen.findByTestId('stat-count-refundsDueToday')).textContent).toBe('3');
    expect(screen.getByTestId('charts-loading')).toBeTruthy();
    expect(screen.queryByTestId('chart-sales')).toBeNull();

    gate.open();
    const sales = await screen.findByTestId('chart-sales', {}, { timeout: 5000 });
    expect(within(sales).getByText('Sales and refunds per day')).toBeTruthy();
    await waitFor(() => expect(within(sales).getByTestId('sales-total').textContent).toBe('€119.94'));
    expect(within(sales).getByTestId('refunds-total').textContent).toBe('€9.99');
    expect(screen.queryByTestId('charts-loading')).toBeNull();
  });

  test('each role sees only its sections, and only their figures are fetched', async () => {
    gate.open();
    const asked: string[] = [];
    renderDashboard(['moderator'], asked, { ...ALL_CARDS, refundsDueToday: null, refundsOverdue: null, reportedReviews: 4 });
    const dsa = await screen.findByTestId('chart-dsa', {}, { timeout: 5000 });
    await waitFor(() => expect(within(dsa).getByTestId('dsa-sla-compliance').textContent).toBe('80%'));
    expect(within(await screen.findByTestId('chart-reviews')).getByText('Review ratings')).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId('reviews-open-reports').textContent).toBe('6'));
    for (const hidden of ['sales', 'salesByCountry', 'topDestinations', 'transfers'])
      expect(screen.queryByTestId(`chart-${hidden}`)).toBeNull();
    expect([...new Set(asked)].sort()).toEqual(['cards', 'dsa', 'reviews']);
  });

  test('support sees transfers and destinations; a failing chart offers a retry, an empty one says so', async () => {
    gate.open();
    renderDashboard(['support'], [], ALL_CARDS, [
      http.get('*/api/stats/top-destinations', () => HttpResponse.json([])),
      http.get('*/api/stats/transfers', () => HttpResponse.json({ message: 'boom', code: 'internal' }, { status: 500 })),
    ]);
    const transfers = await screen.findByTestId('chart-transfers', {}, { timeout: 5000 });
    expect(await within(transfers).findByText('This chart could not be loaded.')).toBeTruthy();
    expect(within(transfers).getByRole('button', { name: 'Retry' })).toBeTruthy();
    expect(await within(screen.getByTestId('chart-topDestinations')).findByText('Nothing in this period yet.')).toBeTruthy();
  });
});
