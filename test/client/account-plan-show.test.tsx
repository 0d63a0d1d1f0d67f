import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { AdminContext, RecordContextProvider, ResourceContextProvider, memoryStore } from 'react-admin';
import { authProvider, resetAuthCache } from '../../client/src/authProvider.ts';
import { createDataProvider } from '../../client/src/dataProvider.ts';
import { createI18nProvider } from '../../client/src/i18n/index.ts';
import { AccountPlanLedger } from '../../client/src/resources/account-plans/AccountPlanLedger.tsx';
import { AccountPlanSharing } from '../../client/src/resources/account-plans/AccountPlanSharing.tsx';
import type { EsimMove, PlanSendable } from '../../client/src/resources/account-plans/sendableTypes.ts';
import { server, signedInAs } from './server.ts';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => resetAuthCache());
afterEach(() => {
  cleanup();
  server.resetHandlers();
});
afterAll(() => server.close());

// A 1 GB plan bought with the welcome code, +1 GB of bonus, 300 MB used: the gift is spent first.
const plan = {
  id: 612,
  accountId: 140,
  name: 'Japan 1 GB – 7 days',
  unlimited: false,
  dataTotalMb: 2048,
  dataUsedMb: 300,
  dataRemainingMb: 1748,
  dataGiftedMb: 724,
};
const entry = {
  accountPlanId: 612,
  actorKind: 'system',
  actorId: null,
  note: null,
  reversesId: null,
  transferId: null,
  orderId: null,
  refundId: null,
  createdAt: '2026-12-01T10:00:00.000Z',
};
const ledger = [
  { ...entry, id: 1, kind: 'purchase', deltaMb: 1024, balanceAfterMb: 1024, giftedDeltaMb: 0, giftedAfterMb: 0 },
  { ...entry, id: 2, kind: 'bonus', deltaMb: 1024, balanceAfterMb: 2048, giftedDeltaMb: 1024, giftedAfterMb: 1024 },
  {
    ...entry,
    id: 3,
    kind: 'usage',
    deltaMb: -300,
    balanceAfterMb: 1748,
    giftedDeltaMb: -300,
    giftedAfterMb: 724,
    actorKind: 'customer',
    actorId: 140,
  },
];

function renderPlan(sendable: PlanSendable, moves: EsimMove[]) {
  server.use(
    signedInAs(['support']),
    http.get('*/api/account-plans/612/sendable', () => HttpResponse.json(sendable)),
    http.get('*/api/account-plans/612/esim-moves', () => HttpResponse.json(moves)),
    http.get('*/api/ledger-entries', () => HttpResponse.json(ledger, { headers: { 'Content-Range': 'ledger-entries 0-2/3' } })),
  );
  render(
    <AdminContext
      authProvider={authProvider}
      dataProvider={createDataProvider()}
      i18nProvider={createI18nProvider('en')}
      store={memoryStore()}
    >
      <ResourceContextProvider value="account-plans">
        <RecordContextProvider value={plan}>
          <AccountPlanSharing />
          <AccountPlanLedger />
        </RecordContextProvider>
      </ResourceContextProvider>
    </AdminContext>,
  );
}

describe('the account plan page: paid and gifted data', () => {
  test('paid and gifted shares, what can be sent now, the eSIM moves, and the gifted part of each ledger entry', async () => {
    renderPlan(
      { accountPlanId: 612, dataRemainingMb: 1748, dataGiftedMb: 724, sendableGb: 1, sendableMb: 1024, notSendableBecause: null },
      [
        {
          fromEsimId: 300,
          fromIccid: '8933150319040011111',
          toEsimId: 301,
          toIccid: '8933150319040012345',
          movedAt: '2026-12-07T09:00:00.000Z',
        },
      ],
    );
    expect((await screen.findByTestId('plan-paid')).textContent).toBe('Paid: 1 GB');
    expect(screen.getByTestId('plan-gifted').textContent).toBe('Gifted: 724 MB (never sendable)');
    expect(screen.getByTestId('plan-sendable').textContent).toBe('Sendable now: 1 GB');
    await waitFor(() =>
      expect(screen.getByTestId('plan-moves').textContent).toBe('Moved to eSIM …2345 on Dec 7, 2026 after a change of device'),
    );
    const ledgerTable = screen.getByTestId('plan-ledger');
    await waitFor(() => expect(within(ledgerTable).getAllByRole('row')).toHaveLength(4));
    expect(within(ledgerTable).getByText('Of which gifted')).toBeTruthy();
    expect(within(ledgerTable).getByText('Bonus data (gifted)')).toBeTruthy();
    expect(screen.getByTestId('ledger-gifted-2').textContent).toBe('+1 GB1 GB gifted left');
    expect(screen.getByTestId('ledger-gifted-3').textContent).toBe('\u2212300 MB724 MB gifted left');
    expect(screen.queryByTestId('ledger-gifted-1')).toBeNull();
  });

  test('nothing sendable says why: a refund request is open on the plan', async () => {
    renderPlan(
      {
        accountPlanId: 612,
        dataRemainingMb: 1748,
        dataGiftedMb: 724,
        sendableGb: 0,
        sendableMb: 0,
        notSendableBecause: { code: 'refund_pending', message: 'A refund request is open' },
      },
      [],
    );
    expect((await screen.findByTestId('plan-sendable')).textContent).toBe(
      'Nothing sendable: a refund request is open on this plan (until it is decided)',
    );
    expect(await screen.findByText('Never moved to another eSIM.')).toBeTruthy();
  });
});
