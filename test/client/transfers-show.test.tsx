import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { AdminContext, RecordContextProvider, ResourceContextProvider, memoryStore } from 'react-admin';
import { createDataProvider } from '../../client/src/dataProvider.ts';
import { createI18nProvider } from '../../client/src/i18n/index.ts';
import { TransferFixInfo } from '../../client/src/resources/transfers/TransferFixInfo.tsx';
import { TransferTimeline } from '../../client/src/resources/transfers/TransferTimeline.tsx';
import type { Transfer, TransferTimeline as Timeline } from '../../client/src/resources/transfers/transferTypes.ts';
import { server } from './server.ts';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
});
afterAll(() => server.close());

const base: Transfer = {
  id: 58,
  senderAccountId: 115,
  sourceAccountPlanId: 172,
  recipientEmail: 'charlotte.dufour@orange.fr',
  recipientAccountId: 1,
  recipientAccountPlanId: 519,
  amountGb: 3,
  amountMb: 3072,
  correctsTransferId: null,
  status: 'redirected',
  deliveredAt: '2026-11-01T02:18:05.886Z',
  fixedAt: '2026-11-02T13:18:05.886Z',
  fixedByStaffId: 2,
  fixReason: 'namesake',
  fixReasonCode: 'similar_address_other_person',
  intendedEmail: 'lucas_louis@proton.me',
  fixOverrideReason: null,
  redirectedToEmail: 'lucas_louis@proton.me',
  redirectedToAccountId: 154,
  recoveredMb: 1389,
  unrecoverableMb: 1683,
  createdAt: '2026-11-01T02:18:05.886Z',
  updatedAt: '2026-11-02T13:18:05.886Z',
  version: 2,
};
const correction: Transfer = {
  ...base,
  id: 59,
  recipientEmail: 'lucas_louis@proton.me',
  recipientAccountId: 154,
  recipientAccountPlanId: 520,
  amountGb: null,
  amountMb: 1389,
  correctsTransferId: 58,
  status: 'delivered',
  fixedAt: null,
  fixedByStaffId: null,
  fixReason: null,
  redirectedToEmail: null,
  redirectedToAccountId: null,
  recoveredMb: null,
  unrecoverableMb: null,
};
const entry = { note: null, actorKind: 'customer', actorId: 115 };
const at = '2026-11-02T13:18:05.886Z';

const timeline: Timeline = {
  transfer: base,
  corrections: [correction],
  corrects: null,
  events: [
    { type: 'created', at: base.createdAt, transferId: 58, transfer: base },
    {
      type: 'ledger',
      at: base.createdAt,
      transferId: 58,
      entry: { ...entry, id: 1, accountPlanId: 172, kind: 'transfer_out', deltaMb: -3072, balanceAfterMb: 2048, createdAt: base.createdAt },
    },
    { type: 'delivered', at: base.createdAt, transferId: 58, transfer: base },
    {
      type: 'message',
      at: base.createdAt,
      transferId: 58,
      message: { id: 3, template: 'transfer_received', toAddress: 'charlotte.dufour@orange.fr', subject: 's', status: 'sent', sentAt: at },
    },
    { type: 'created', at, transferId: 59, transfer: correction },
    {
      type: 'audit',
      at: base.createdAt,
      transferId: 58,
      audit: {
        id: 6,
        action: 'transfers.reverse',
        actorEmail: 'bob@kolet.test',
        reason: 'Transfers are final',
        outcome: 'failure',
        after: { refused: 'transfer_final', reasonCode: 'changed_mind' },
        at: base.createdAt,
      },
    },
    {
      type: 'audit',
      at,
      transferId: 58,
      audit: {
        id: 4,
        action: 'transfers.redirect',
        actorEmail: 'alice@kolet.test',
        reason: 'typo in domain',
        outcome: 'success',
        after: null,
        at,
      },
    },
    {
      type: 'ledger',
      at,
      transferId: 59,
      entry: {
        ...entry,
        id: 5,
        accountPlanId: 520,
        kind: 'transfer_in',
        deltaMb: 1389,
        balanceAfterMb: 1389,
        actorKind: 'staff',
        actorId: 2,
        createdAt: at,
      },
    },
    { type: 'fixed', at, transferId: 58, transfer: base },
  ],
};

describe('TransferTimeline', () => {
  test('tells each event in one line, correction events labelled as such', async () => {
    server.use(http.get('*/api/transfers/58/timeline', () => HttpResponse.json(timeline)));
    render(
      <AdminContext dataProvider={createDataProvider()} i18nProvider={createI18nProvider('en')} store={memoryStore()}>
        <ResourceContextProvider value="transfers">
          <RecordContextProvider value={base}>
            <TransferTimeline />
          </RecordContextProvider>
        </ResourceContextProvider>
      </AdminContext>,
    );
    expect(await screen.findByText('Created: 3 GB to charlotte.dufour@orange.fr')).toBeTruthy();
    expect(screen.getByText('Ledger: Transfer out \u22123 GB on plan #172 (balance 2 GB)')).toBeTruthy();
    expect(screen.getByText('Delivered into plan #519')).toBeTruthy();
    expect(screen.getByText('“Data received” message to charlotte.dufour@orange.fr (Sent)')).toBeTruthy();
    expect(screen.getByText('Correction created: 1,389 MB to lucas_louis@proton.me (corrects transfer #58)')).toBeTruthy();
    expect(screen.getByText('Support alice@kolet.test redirected: “typo in domain”')).toBeTruthy();
    // A refused attempt (a change of mind on a final transfer) is told as such, with the refusal.
    expect(
      screen.getByText(
        /^Support bob@kolet\.test asked to return it to the sender \(The sender changed his mind\): refused — transfers are final: /,
      ),
    ).toBeTruthy();
    expect(screen.getByText('Ledger: Transfer in +1,389 MB on plan #520 (balance 1,389 MB)')).toBeTruthy();
    expect(
      screen.getByText(
        'Redirected to lucas_louis@proton.me: 1,389 MB recovered, 1,683 MB not recoverable · A similar address of someone else',
      ),
    ).toBeTruthy();
    // The correction's own events carry its label and a link to it.
    expect(screen.getAllByText('Correction #59')).toHaveLength(2);
    expect(screen.getAllByRole('link', { name: 'transfer #59' })[0]!.getAttribute('href')).toBe('#/transfers/59/show');
    expect(screen.getAllByRole('link', { name: 'plan #520' })[0]!.getAttribute('href')).toBe('#/account-plans/520/show');
  });
});

describe('TransferFixInfo', () => {
  test('says who fixed it, the address the sender meant, and an administrator’s override', async () => {
    const overridden: Transfer = {
      ...base,
      status: 'reversed',
      redirectedToEmail: null,
      fixReasonCode: 'changed_mind',
      fixReason: 'The sender changed his mind',
      fixOverrideReason: 'Ombudsman decision 2026-118',
    };
    server.use(http.get('*/api/transfers/58/timeline', () => HttpResponse.json({ ...timeline, transfer: overridden })));
    render(
      <AdminContext dataProvider={createDataProvider()} i18nProvider={createI18nProvider('en')} store={memoryStore()}>
        <ResourceContextProvider value="transfers">
          <RecordContextProvider value={overridden}>
            <TransferFixInfo />
          </RecordContextProvider>
        </ResourceContextProvider>
      </AdminContext>,
    );
    const info = await screen.findByTestId('transfer-fix-info');
    // The success of the fix names who did it, not the refused attempt before it.
    expect(await screen.findByText(/^Returned to the sender on .* by alice@kolet\.test$/)).toBeTruthy();
    expect(info.textContent).toContain('Reason: The sender changed his mind');
    expect(info.textContent).not.toContain('The sender changed his mind — The sender changed his mind');
    expect(info.textContent).toContain('The sender meant: lucas_louis@proton.me');
    expect(screen.getByTestId('transfer-fix-override').textContent).toBe(
      'Not an address error: fixed anyway by an administrator, because “Ombudsman decision 2026-118”',
    );
  });
});
