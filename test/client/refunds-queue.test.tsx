import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { AdminContext, ResourceContextProvider, memoryStore } from 'react-admin';
import { authProvider, resetAuthCache } from '../../client/src/authProvider.ts';
import { createDataProvider } from '../../client/src/dataProvider.ts';
import { createI18nProvider } from '../../client/src/i18n/index.ts';
import { refundCsvRow } from '../../client/src/resources/refunds/refundExporter.ts';
import { RefundList } from '../../client/src/resources/refunds/RefundList.tsx';
import type { Refund } from '../../client/src/resources/refunds/refundTypes.ts';
import { endOfParisDay } from '../../server/domain/refunds/clocks.ts';
import { parisDate } from '../../server/domain/calendar.ts';
import { refund } from './refunds-fixtures.ts';
import { server, signedInAs } from './server.ts';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => resetAuthCache());
afterEach(() => {
  cleanup();
  server.resetHandlers();
});
afterAll(() => server.close());

const HOUR = 3_600_000;
// Content-Range totals per status filter, as the API answers them.
const TOTALS: Record<string, number> = {
  requested: 13,
  awaiting_second_approval: 3,
  'approved,payout_pending': 6,
  failed: 3,
  'closed,paid_out,rejected': 16,
};

interface Asked {
  filter: Record<string, unknown>;
  sort: [string, string];
  range: [number, number];
}

/** GET /api/refunds: one-row queries are the tabs' counts, others the list (the rows given, whatever the filter). */
function refundsHandler(asked: Asked[], rows: Refund[]) {
  return http.get('*/api/refunds', ({ request }) => {
    const params = new URL(request.url).searchParams;
    const filter = JSON.parse(params.get('filter') ?? '{}') as Record<string, unknown>;
    const sort = JSON.parse(params.get('sort') ?? '["id","ASC"]') as [string, string];
    const range = JSON.parse(params.get('range') ?? '[0,24]') as [number, number];
    asked.push({ filter, sort, range });
    const status = Array.isArray(filter.status) ? [...(filter.status as string[])].sort().join() : String(filter.status);
    const total = TOTALS[status] ?? 0;
    const page = range[1] === 0 ? rows.slice(0, 1) : rows;
    return HttpResponse.json(page, {
      headers: { 'Content-Range': `refunds ${range[0]}-${range[0] + Math.max(page.length - 1, 0)}/${total}` },
    });
  });
}

function renderQueue(rows: Refund[], asked: Asked[] = []) {
  server.use(signedInAs(['finance']), refundsHandler(asked, rows));
  server.use(
    http.get('*/api/accounts', () =>
      HttpResponse.json([{ id: 116, email: 'rachel.smith@gmail.com' }], { headers: { 'Content-Range': 'accounts 0-0/1' } }),
    ),
  );
  server.use(
    http.get('*/api/orders', () =>
      HttpResponse.json([{ id: 471, paymentReference: 'pi_3HxG' }], { headers: { 'Content-Range': 'orders 0-0/1' } }),
    ),
  );
  render(
    <AdminContext
      authProvider={authProvider}
      dataProvider={createDataProvider()}
      i18nProvider={createI18nProvider('en')}
      store={memoryStore()}
    >
      <ResourceContextProvider value="refunds">
        <RefundList />
      </ResourceContextProvider>
    </AdminContext>,
  );
  return asked;
}

const tabLabels = () => screen.getAllByRole('tab').map((tab) => tab.textContent);
const rowOf = (id: number) => screen.getAllByRole('row').find((row) => within(row).queryAllByRole('cell')[0]?.textContent === String(id));

describe('the refund queue', () => {
  test('each tab shows its live count from Content-Range; "To decide" opens first, nearest decision deadline first', async () => {
    const asked = renderQueue([refund()]);
    await waitFor(() =>
      expect(tabLabels()).toEqual(['To decide (13)', 'Awaiting second approval (3)', 'To pay out (6)', 'Failed (3)', 'Done (16)']),
    );
    expect(screen.getByRole('tab', { name: 'To decide (13)' }).getAttribute('aria-selected')).toBe('true');
    // The counts ask for one row each; "Done" is two statuses at once.
    const counts = asked.filter((a) => a.range[1] === 0).map((a) => a.filter);
    expect(counts).toEqual(
      expect.arrayContaining([
        { status: 'requested' },
        { status: 'awaiting_second_approval' },
        { status: ['approved', 'payout_pending'] },
        { status: 'failed' },
        { status: ['paid_out', 'rejected', 'closed'] },
      ]),
    );
    const list = asked.find((a) => a.range[1] > 0);
    expect(list).toMatchObject({ filter: { status: 'requested' }, sort: ['decisionDueAt', 'ASC'] });
    expect(await screen.findByText('rachel.smith@gmail.com')).toBeTruthy();
  });

  test('"To pay out" lists approved refunds (and those the provider is paying) by payout deadline; the counts follow the search', async () => {
    const asked = renderQueue([refund()]);
    fireEvent.click(await screen.findByRole('tab', { name: /^To pay out/ }));
    await waitFor(() =>
      expect(
        asked.some(
          (a) =>
            a.range[1] > 0 &&
            JSON.stringify(a.filter.status) === JSON.stringify(['approved', 'payout_pending']) &&
            a.sort[0] === 'payoutDueAt' &&
            a.sort[1] === 'ASC',
        ),
      ).toBe(true),
    );
    fireEvent.click(screen.getByRole('tab', { name: /^Done/ }));
    await waitFor(() => expect(asked.some((a) => a.range[1] > 0 && Array.isArray(a.filter.status))).toBe(true));

    fireEvent.change(screen.getByPlaceholderText('Search'), { target: { value: '471' } });
    await waitFor(() => expect(asked.filter((a) => a.range[1] === 0 && a.filter.q === '471')).toHaveLength(5), { timeout: 3000 });
    expect(screen.getByRole('tab', { selected: true }).textContent).toMatch(/^Done/);
  });

  test('a case past its decision deadline is marked overdue, one due before midnight in Paris "due today"', async () => {
    const dueToday = endOfParisDay(parisDate(new Date())).toISOString();
    renderQueue([
      refund({ id: 3, decisionDueAt: new Date(Date.now() - 2 * HOUR).toISOString() }),
      refund({ id: 4, decisionDueAt: dueToday }),
      refund({ id: 5 }),
      // Paid out: its clocks are closed, nothing is overdue any more.
      refund({
        id: 6,
        status: 'paid_out',
        decisionDueAt: new Date(Date.now() - 900 * HOUR).toISOString(),
        payoutDueAt: new Date(Date.now() - 100 * HOUR).toISOString(),
      }),
    ]);
    await waitFor(() => expect(rowOf(3)).toBeTruthy());
    expect(within(rowOf(3)!).getByTestId('refund-overdue').textContent).toBe('Overdue');
    expect(within(rowOf(4)!).getByTestId('refund-due_today').textContent).toBe('Due today');
    expect(within(rowOf(5)!).queryByTestId('refund-overdue')).toBeNull();
    expect(within(rowOf(5)!).queryByTestId('refund-due_today')).toBeNull();
    expect(within(rowOf(6)!).queryByTestId('refund-overdue')).toBeNull();
    // The row itself is tinted in the error colour.
    expect(getComputedStyle(rowOf(3)!).backgroundColor).not.toBe(getComputedStyle(rowOf(5)!).backgroundColor);
    // Eligibility with the proposed amount.
    expect(within(rowOf(5)!).getByText('Partial refund')).toBeTruthy();
    expect(within(rowOf(5)!).getByTestId('refund-proposed').textContent).toBe('€19.79');
  });
});

describe('the CSV export', () => {
  test('amounts in euros with two decimals from the cents, times in ISO 8601, the running deadline and whether it is overdue', () => {
    const record = refund({
      id: 7,
      status: 'approved',
      amountCents: 1905,
      proposedAmountCents: 1979,
      decidedAt: '2026-11-10T09:00:00.000Z',
      payoutDueAt: '2026-12-10T22:59:59.000Z',
      payoutMethod: 'card',
    });
    const row = refundCsvRow(record, 'rachel.smith@gmail.com', new Date('2026-12-11T08:00:00.000Z'));
    expect(row).toMatchObject({
      id: 7,
      status: 'approved',
      order_id: 471,
      customer_email: 'rachel.smith@gmail.com',
      proposed_eur: '19.79',
      amount_eur: '19.05',
      deadline_at: '2026-12-10T22:59:59.000Z',
      overdue: true,
      decided_at: '2026-11-10T09:00:00.000Z',
      payout_method: 'card',
      eligibility: 'partial',
      eligibility_reasons: 'under_one_percent_used',
    });
    expect(refundCsvRow(refund({ proposedAmountCents: 7 }), undefined).proposed_eur).toBe('0.07');
    expect(refundCsvRow(refund(), undefined).amount_eur).toBe('');
  });
});
