import type { Role } from '../../server/domain/enums.ts';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { AdminContext, RecordContextProvider, ResourceContextProvider, memoryStore } from 'react-admin';
import { authProvider, resetAuthCache } from '../../client/src/authProvider.ts';
import { createDataProvider } from '../../client/src/dataProvider.ts';
import { createI18nProvider } from '../../client/src/i18n/index.ts';
import { RefundClocks } from '../../client/src/resources/refunds/RefundClocks.tsx';
import { RefundFactsCard } from '../../client/src/resources/refunds/RefundFactsCard.tsx';
import { RefundHistoryTimeline } from '../../client/src/resources/refunds/RefundHistoryTimeline.tsx';
import { RefundNextStep } from '../../client/src/resources/refunds/RefundNextStep.tsx';
import { RefundOrderCard } from '../../client/src/resources/refunds/RefundOrderCard.tsx';
import { RefundPlanUsage } from '../../client/src/resources/refunds/RefundPlanUsage.tsx';
import { RefundVerdict } from '../../client/src/resources/refunds/RefundVerdict.tsx';
import type { Refund, RefundHistory } from '../../client/src/resources/refunds/refundTypes.ts';
import { order, plan, refund, verdictRecord } from './refunds-fixtures.ts';
import { server, signedInAs } from './server.ts';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => resetAuthCache());
afterEach(() => {
  cleanup();
  server.resetHandlers();
});
afterAll(() => server.close());

function renderCase(record: Refund, history: Partial<RefundHistory> | null = {}, orderOverrides: object = {}, planOverrides: object = {}) {
  server.use(
    signedInAs(history ? ['finance'] : ['support']),
    http.get('*/api/orders/471', () => HttpResponse.json({ ...order, ...orderOverrides })),
    http.get('*/api/account-plans', () =>
      HttpResponse.json([{ ...plan, ...planOverrides }], { headers: { 'Content-Range': 'account-plans 0-0/1' } }),
    ),
  );
  // Finance's view only: support's page never asks for it (msw would refuse the unexpected call).
  if (history)
    server.use(
      http.get(`*/api/refunds/${record.id}/history`, () =>
        HttpResponse.json({ refund: record, approvals: [], payouts: [], messages: [], audit: [], ...history }),
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
        <RecordContextProvider value={record}>
          <RefundNextStep />
          <RefundVerdict />
          <RefundClocks />
          <RefundOrderCard />
          <RefundPlanUsage />
          <RefundHistoryTimeline />
        </RecordContextProvider>
      </ResourceContextProvider>
    </AdminContext>,
  );
}

describe('the refund case page', () => {
  test('says why a request is not eligible, each reason citing the terms with the facts of the case', async () => {
    // Ordered 1 Oct at 23:40 Paris time, requested 1 Nov in the morning: 31 calendar days in Paris.
    const record = refund({
      eligibility: 'not_eligible',
      eligibilityReasons: ['late_request', 'data_used'],
      proposedAmountCents: 0,
      requestedAt: '2026-11-01T08:00:00.000Z',
      decisionDueAt: '2026-11-07T22:59:59.000Z',
    });
    renderCase(record, {}, { orderedAt: '2026-10-01T21:40:00.000Z' }, { dataUsedMb: 1024, dataRemainingMb: 4096 });
    const reasons = await screen.findByTestId('refund-reasons');
    await waitFor(() => expect(reasons.textContent).toContain('Requested 31 days after the order (terms: within 30 days).'));
    expect(reasons.textContent).toContain('20% of the data used (1 GB of 5 GB) (terms: a refund needs less than 1% used).');
    expect(screen.getByText(/only an administrator can approve it/)).toBeTruthy();
    // Past its decision deadline: the clock and the next step say it.
    expect(within(screen.getByTestId('clock-decision')).getByText('Overdue')).toBeTruthy();
    expect(screen.getByTestId('refund-next-step').textContent).toMatch(/^Overdue · To decide by /);
  });

  test('a partial refund: the usage under 1 %, the bars, the proposed amount', async () => {
    renderCase(refund());
    expect(await screen.findByText(/^Activated on .*, 0\.391% of the data used \(20 MB of 5 GB\)/)).toBeTruthy();
    expect(screen.getByTestId('refund-verdict-proposed').textContent).toBe('Proposed: €19.79 at most');
    await waitFor(() => expect(screen.getByTestId('plan-used').textContent).toBe('Used: 20 MB'));
    expect(screen.getByTestId('plan-remaining').textContent).toBe('Remaining: 5,100 MB');
    expect(screen.getByTestId('plan-total').textContent).toBe('Total: 5 GB');
  });

  test('an order over 120 € shows "Archived 10 years"; the order card says what remains refundable', async () => {
    renderCase(refund(), {}, { amountCents: 12900, vatCents: 2150, refundedCents: 1000, retainUntil: '2036-11-17T06:19:00.000Z' });
    expect((await screen.findByTestId('order-archived')).textContent).toBe('Archived 10 years');
    expect(screen.getByTestId('order-amount').textContent).toBe('€129.00');
    expect(screen.getByTestId('order-refunded').textContent).toBe('€10.00');
    expect(screen.getByTestId('order-refundable').textContent).toBe('€119.00');
    expect(screen.getByText('pi_3HxG2svxWZse6i5Y')).toBeTruthy();
  });

  test('the history tells approvals (who, how much), payout attempts, e-mails and staff actions, oldest first', async () => {
    const record = refund({
      status: 'paid_out',
      amountCents: 999,
      decidedAt: '2026-09-28T10:46:50.955Z',
      payoutDueAt: '2026-10-28T22:59:59.000Z',
      paidOutAt: '2026-10-07T10:46:50.955Z',
      payoutReference: 're_ok',
      requestedAt: '2026-09-28T05:46:50.955Z',
      decisionDueAt: '2026-10-05T21:59:59.000Z',
    });
    renderCase(record, {
      approvals: [
        {
          id: 18,
          staffId: 4,
          staffEmail: 'finance2@kolet.demo',
          staffName: 'Thomas Girard',
          amountCents: 999,
          note: 'flight cancelled',
          outsidePolicy: false,
          createdAt: '2026-09-28T10:46:50.955Z',
        },
      ],
      payouts: [
        {
          id: 7,
          amountCents: 999,
          method: 'card',
          provider: 'manual',
          providerReference: 're_ko',
          status: 'failed',
          failureReason: 'Refund declined by the issuing bank (do_not_honor).',
          createdAt: '2026-10-01T10:46:50.955Z',
        },
        {
          id: 8,
          amountCents: 999,
          method: 'card',
          provider: 'manual',
          providerReference: 're_ok',
          status: 'succeeded',
          failureReason: null,
          createdAt: '2026-10-07T10:46:50.955Z',
        },
      ],
      messages: [
        {
          id: 152,
          channel: 'email',
          template: 'refund_approved',
          subject: 'Refund approved',
          toAddress: 'rachel@gmail.com',
          status: 'sent',
          createdAt: '2026-09-28T10:47:10.955Z',
        },
      ],
      audit: [
        {
          id: 108,
          at: '2026-10-01T10:46:50.955Z',
          actorEmail: 'finance2@kolet.demo',
          action: 'refunds.payout_failed',
          reason: 'Refund declined by the issuing bank (do_not_honor).',
        },
      ],
    });
    const history = await screen.findByTestId('refund-history');
    await waitFor(() => expect(within(history).getAllByRole('listitem').length).toBe(6));
    const lines = within(history)
      .getAllByRole('listitem')
      .map((item) => item.querySelector('.MuiListItemText-primary')?.textContent);
    expect(lines).toEqual([
      'Request received by e-mail',
      'Approved €9.99 — Thomas Girard (finance2@kolet.demo)',
      'E-mail “Refund approved” to rachel@gmail.com (Sent)',
      'Payout of €9.99 failed: Refund declined by the issuing bank (do_not_honor).',
      'finance2@kolet.demo recorded a failed payout: Refund declined by the issuing bank (do_not_honor).',
      'Paid out €9.99 by Card, reference re_ok',
    ]);
    expect(within(history).getByText('“flight cancelled”')).toBeTruthy();
    // Both clocks were met.
    expect(within(screen.getByTestId('clock-decision')).getByText('In time')).toBeTruthy();
    expect(within(screen.getByTestId('clock-payout')).getByText('In time')).toBeTruthy();
    expect(screen.getByTestId('refund-next-step').textContent).toContain('Paid out €9.99 on');
  });

  test('support reads the case, without finance’s history', async () => {
    renderCase(refund({ status: 'awaiting_second_approval', amountCents: 1979 }), null);
    expect(await screen.findByText('The approvals, payouts and e-mails of the case are shown to finance.')).toBeTruthy();
    expect(screen.getByTestId('refund-next-step').textContent).toMatch(/^A first finance approver approved €19\.79\./);
    await waitFor(() => expect(screen.getByTestId('order-amount').textContent).toBe('€24.99'));
  });
});

describe('the facts of the verdict on the case page', () => {
  function renderFacts(record: Refund, roles: Role[], handlers: Parameters<typeof server.use> = []) {
    server.use(
      signedInAs(roles),
      http.get('*/api/orders/471', () => HttpResponse.json(order)),
      http.get('*/api/account-plans', () => HttpResponse.json([plan], { headers: { 'Content-Range': 'account-plans 0-0/1' } })),
      ...handlers,
    );
    render(
      <AdminContext
        authProvider={authProvider}
        dataProvider={createDataProvider()}
        i18nProvider={createI18nProvider('en')}
        store={memoryStore()}
      >
        <ResourceContextProvider value="refunds">
          <RecordContextProvider value={record}>
            <RefundFactsCard />
          </RecordContextProvider>
        </ResourceContextProvider>
      </AdminContext>,
    );
  }
  const rowText = (key: string) => screen.getByTestId(`verdict-row-${key}`).textContent;

  test('a decided case: the facts when asked beside those at the decision, what moved highlighted; an admin-confirmed backdate says why', async () => {
    const asked = verdictRecord(
      { installed: false, activated: false, dataUsedMb: 0 },
      { eligibility: 'full', reasons: ['not_installed'], proposedAmountCents: 2499 },
    );
    const decided = verdictRecord(
      { dataUsedMb: 500 },
      { eligibility: 'not_eligible', reasons: ['data_used'], proposedAmountCents: 0 },
      '2026-11-05T10:00:00.000Z',
    );
    renderFacts(
      refund({
        status: 'rejected',
        rejectReasonCode: 'data_used',
        requestFacts: asked,
        decisionFacts: decided,
        backdateReason: 'E-mail received on 2 Nov, found in the spam folder',
      }),
      ['support'],
    );
    await screen.findByTestId('refund-facts-comparison');
    expect(screen.getByTestId('refund-facts-comparison').querySelector('thead')?.textContent).toMatch(/^When asked.*At the decision/);
    expect(rowText('eligibility')).toBe('VerdictChangedFull refundNot eligible');
    expect(rowText('installed')).toBe('eSIM installedChangedNoYes');
    expect(rowText('dataUsedMb')).toBe('Data usedChanged0 MB500 MB');
    expect(rowText('consumedShare')).toBe('Consumed (terms: under 1 %)Changed0 % of 5 GB9.77 % of 5 GB');
    expect(screen.getByTestId('verdict-row-amountPaidCents').getAttribute('data-changed')).toBe('false');
    expect(screen.getByTestId('verdict-change').textContent).toContain('Full refund (€24.99) → Not eligible');
    expect(screen.getByTestId('refund-backdated').textContent).toBe(
      'Dated back further than agents may, confirmed by an administrator: “E-mail received on 2 Nov, found in the spam folder”',
    );
  });

  test('a case to decide: finance sees the facts now beside those when asked; support sees those when asked', async () => {
    const now = verdictRecord(
      { dataSentMb: 4096 },
      { eligibility: 'not_eligible', reasons: ['data_used'], proposedAmountCents: 0 },
      new Date().toISOString(),
    );
    const record = refund();
    renderFacts(
      record,
      ['finance'],
      [http.get('*/api/refunds/11/assessment', () => HttpResponse.json({ then: record.requestFacts, now, decided: null }))],
    );
    await waitFor(() => expect(rowText('dataSentMb')).toBe('Data sent to othersChanged0 MB4 GB'));
    expect(screen.getByTestId('refund-facts-comparison').querySelector('thead')?.textContent).toMatch(/^When asked.*Now/);
    cleanup();
    // Support does not read the live assessment (msw refuses any call not listed).
    renderFacts(refund(), ['support']);
    await screen.findByTestId('refund-facts-comparison');
    expect(rowText('dataSentMb')).toBe('Data sent to others0 MB');
    expect(screen.queryByTestId('verdict-change')).toBeNull();
  });

  test('an older request without recorded facts says so', async () => {
    renderFacts(refund({ status: 'approved', amountCents: 1979, requestFacts: null }), ['finance']);
    expect(await screen.findByText('The facts of this request were not recorded (it predates their recording).')).toBeTruthy();
  });
});
