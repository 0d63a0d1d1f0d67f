import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { AdminContext, RecordContextProvider, ResourceContextProvider, memoryStore } from 'react-admin';
import type { Role } from '../../server/domain/enums.ts';
import { authProvider, resetAuthCache } from '../../client/src/authProvider.ts';
import { createDataProvider } from '../../client/src/dataProvider.ts';
import { createI18nProvider } from '../../client/src/i18n/index.ts';
import { RefundShowActions } from '../../client/src/resources/refunds/RefundShowActions.tsx';
import type { Refund, RefundApproval } from '../../client/src/resources/refunds/refundTypes.ts';
import { approval, caseHandlers, refund } from './refunds-fixtures.ts';
import { server, signedInAs } from './server.ts';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => resetAuthCache());
afterEach(() => {
  cleanup();
  server.resetHandlers();
});
afterAll(() => server.close());

interface Post { key: string | null; body: unknown }

/** The case page's actions on `record`, for staff 7 holding `roles`. */
function renderActions(record: Refund, { approvals = [], roles = ['finance'] }: { approvals?: RefundApproval[]; roles?: Role[] } = {}) {
  server.use(signedInAs(roles), ...caseHandlers(record, approvals));
  render(
    <AdminContext authProvider={authProvider} dataProvider={createDataProvider()} i18nProvider={createI18nProvider('en')} store={memoryStore()}>
      <ResourceContextProvider value="refunds">
        <RecordContextProvider value={record}>
          <RefundShowActions />
        </RecordContextProvider>
      </ResourceContextProvider>
    </AdminContext>,
  );
}

/** Clicks the action once the case has loaded (the button is re-rendered when it becomes possible). */
async function openDialog(button: string) {
  await waitFor(() => expect(screen.getByRole('button', { name: button })).toHaveProperty('disabled', false), { timeout: 5000 });
  fireEvent.click(screen.getByRole('button', { name: button }));
  return screen.findByRole('dialog');
}

const amountInput = (dialog: HTMLElement) => within(dialog).getByLabelText(/^Amount to refund/) as HTMLInputElement;

describe('ApproveRefundDialog', () => {
  test('pre-fills the proposed amount and refuses more than the cap', async () => {
    const posts: Post[] = [];
    server.use(http.post('*/api/refunds/11/approve', async ({ request }) => { posts.push({ key: request.headers.get('Idempotency-Key'), body: await request.json() }); return HttpResponse.json({}); }));
    renderActions(refund());
    const dialog = await openDialog('Approve');
    expect(amountInput(dialog).value).toBe('19.79');
    expect(within(dialog).getByText('At most €19.79, the amount the terms allow')).toBeTruthy();

    fireEvent.change(amountInput(dialog), { target: { value: '19,80' } });
    fireEvent.click(within(dialog).getByTestId('approve-review'));
    expect(await within(dialog).findByText('At most €19.79')).toBeTruthy();
    fireEvent.change(amountInput(dialog), { target: { value: '12.3.4' } });
    expect(await within(dialog).findByText('Enter an amount in euros, e.g. 12.50')).toBeTruthy();
    expect(within(dialog).queryByTestId('approve-confirm')).toBeNull();
    expect(posts).toEqual([]);
  });

  test('sends integer cents with an Idempotency-Key, disabled with a spinner while it runs', async () => {
    const posts: Post[] = [];
    let answer: () => void = () => {};
    const answered = new Promise<void>((resolve) => { answer = resolve; });
    server.use(http.post('*/api/refunds/11/approve', async ({ request }) => {
      posts.push({ key: request.headers.get('Idempotency-Key'), body: await request.json() });
      await answered;
      return HttpResponse.json(refund({ status: 'approved', amountCents: 1905 }));
    }));
    renderActions(refund());
    const dialog = await openDialog('Approve');
    // A comma or a point: parsed from the text, digit by digit (0.29 is 29 cents, never 28.999…).
    fireEvent.change(amountInput(dialog), { target: { value: '19,05' } });
    fireEvent.change(within(dialog).getByLabelText('Note'), { target: { value: '  used 20 MB in a test  ' } });
    fireEvent.click(within(dialog).getByTestId('approve-review'));
    expect((await within(dialog).findByTestId('approve-question')).textContent).toBe('Grant a refund of €19.05 on order #471, to the customer’s Card?');

    fireEvent.click(within(dialog).getByTestId('approve-confirm'));
    await waitFor(() => expect(posts).toHaveLength(1));
    expect(posts[0]!.body).toEqual({ amountCents: 1905, note: 'used 20 MB in a test' });
    expect(posts[0]!.key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const confirm = within(dialog).getByTestId('approve-confirm');
    expect(confirm).toHaveProperty('disabled', true);
    expect(confirm.textContent).toBe('Approving…');
    expect(confirm.querySelector('.MuiCircularProgress-root')).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: 'Go Back' })).toHaveProperty('disabled', true);

    answer();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  test('"19.79" and "19,79" are both 1979 cents; a retry of the same confirmation reuses its key', async () => {
    const posts: Post[] = [];
    server.use(http.post('*/api/refunds/11/approve', async ({ request }) => {
      posts.push({ key: request.headers.get('Idempotency-Key'), body: await request.json() });
      return HttpResponse.json({ message: 'Something went wrong on our side', code: 'internal_error' }, { status: 500 });
    }));
    renderActions(refund());
    const dialog = await openDialog('Approve');
    fireEvent.change(amountInput(dialog), { target: { value: '19,79' } });
    fireEvent.click(within(dialog).getByTestId('approve-review'));
    fireEvent.click(await within(dialog).findByTestId('approve-confirm'));
    expect((await within(dialog).findByTestId('action-failure')).textContent).toContain('Something went wrong on our side');
    fireEvent.click(within(dialog).getByTestId('approve-confirm'));
    await waitFor(() => expect(posts).toHaveLength(2));
    expect(posts.map((p) => p.body)).toEqual([{ amountCents: 1979 }, { amountCents: 1979 }]);
    expect(posts[1]!.key).toBe(posts[0]!.key);

    // Back, "19.79" typed again: the same body, the same key. Another amount is another request.
    fireEvent.click(within(dialog).getByRole('button', { name: 'Go Back' }));
    fireEvent.change(amountInput(dialog), { target: { value: '19.79' } });
    fireEvent.click(within(dialog).getByTestId('approve-review'));
    fireEvent.click(await within(dialog).findByTestId('approve-confirm'));
    await waitFor(() => expect(posts).toHaveLength(3));
    expect(posts[2]).toEqual(posts[0]);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Go Back' }));
    fireEvent.change(amountInput(dialog), { target: { value: '10' } });
    fireEvent.click(within(dialog).getByTestId('approve-review'));
    fireEvent.click(await within(dialog).findByTestId('approve-confirm'));
    await waitFor(() => expect(posts).toHaveLength(4));
    expect(posts[3]!.body).toEqual({ amountCents: 1000 });
    expect(posts[3]!.key).not.toBe(posts[0]!.key);
  });

  test('a second approver confirms the first amount; a 409 same_approver is shown with the API’s words', async () => {
    server.use(http.post('*/api/refunds/11/approve', () => HttpResponse.json(
      { message: 'You already approved this refund: a second, different finance approver must confirm it', code: 'same_approver' }, { status: 409 })));
    const record = refund({ status: 'awaiting_second_approval', amountCents: 1979 });
    renderActions(record, { approvals: [approval(9)] });
    const dialog = await openDialog('Approve');
    expect(within(dialog).getByTestId('approve-second').textContent).toContain('Thomas Girard approved €19.79');
    expect(within(dialog).queryByLabelText(/^Amount to refund/)).toBeNull();
    fireEvent.click(within(dialog).getByTestId('approve-review'));
    expect((await within(dialog).findByTestId('approve-question')).textContent).toBe('Confirm the refund of €19.79 approved by Thomas Girard? It then becomes due for payout within 30 days.');
    fireEvent.click(within(dialog).getByTestId('approve-confirm'));
    const failure = await within(dialog).findByTestId('action-failure');
    expect(failure.textContent).toContain('You already approved this refund: a second, different finance approver must confirm it.');
    expect(within(failure).getByTestId('action-failure-detail').textContent).toBe('You already approved this refund: a second, different finance approver must confirm it');
    // Still open, ready to go back or cancel.
    expect(within(dialog).getByTestId('approve-confirm')).toHaveProperty('disabled', false);
  });

  test('the first approver cannot approve again: the button says why', async () => {
    renderActions(refund({ status: 'awaiting_second_approval', amountCents: 1979 }), { approvals: [approval(7)] });
    const why = await screen.findByTestId('refund-why-not-approve');
    expect(within(why).getByRole('button', { name: 'Approve' })).toHaveProperty('disabled', true);
    fireEvent.mouseOver(why);
    expect(await screen.findByText('Waiting for a second approver: you approved it')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Reject' })).toHaveProperty('disabled', false);
  });

  test('a request outside the terms: finance cannot approve it; an admin must write a reason, capped by what remains refundable', async () => {
    const record = refund({ eligibility: 'not_eligible', eligibilityReasons: ['late_request'], proposedAmountCents: 0 });
    renderActions(record);
    const why = await screen.findByTestId('refund-why-not-approve');
    fireEvent.mouseOver(why);
    expect(await screen.findByText('Not eligible under the terms: only an administrator can approve it, with a written reason')).toBeTruthy();
    cleanup();

    resetAuthCache();
    const posts: unknown[] = [];
    server.use(http.post('*/api/refunds/11/approve', async ({ request }) => { posts.push(await request.json()); return HttpResponse.json({ ...record, status: 'approved' }); }));
    renderActions(record, { roles: ['admin'] });
    const dialog = await openDialog('Approve');
    expect(amountInput(dialog).value).toBe('24.99');
    fireEvent.change(within(dialog).getByLabelText(/^Note/), { target: { value: 'goodwill' } });
    fireEvent.click(within(dialog).getByTestId('approve-review'));
    expect(await within(dialog).findByText('Required outside the terms: say why, in 10 characters at least')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText(/^Note/), { target: { value: 'flight cancelled, goodwill' } });
    fireEvent.click(within(dialog).getByTestId('approve-review'));
    fireEvent.click(await within(dialog).findByTestId('approve-confirm'));
    await waitFor(() => expect(posts).toEqual([{ amountCents: 2499, note: 'flight cancelled, goodwill' }]));
  });
});

describe('RejectRefundDialog', () => {
  test('"Other" requires a note; the reason comes from the translated list', async () => {
    const posts: Post[] = [];
    server.use(http.post('*/api/refunds/11/reject', async ({ request }) => {
      posts.push({ key: request.headers.get('Idempotency-Key'), body: await request.json() });
      return HttpResponse.json(refund({ status: 'rejected', rejectReasonCode: 'other' }));
    }));
    renderActions(refund());
    const dialog = await openDialog('Reject');
    fireEvent.mouseDown(within(dialog).getByRole('combobox'));
    const options = (await screen.findAllByRole('option')).map((o) => o.textContent);
    expect(options).toEqual(['Requested too late', 'Data used', 'Lost, stolen or changed device', 'Free or promotional order', 'Duplicate request', 'Other']);
    fireEvent.click(screen.getByRole('option', { name: 'Other' }));
    fireEvent.click(within(dialog).getByTestId('reject-review'));
    expect(await within(dialog).findByText('A note is required with “Other”')).toBeTruthy();
    expect(within(dialog).queryByTestId('reject-confirm')).toBeNull();

    fireEvent.change(within(dialog).getByLabelText('Note'), { target: { value: 'Chargeback opened with the bank' } });
    fireEvent.click(within(dialog).getByTestId('reject-review'));
    expect((await within(dialog).findByTestId('reject-question')).textContent).toBe('Reject request #11 (Other)? The customer is told by e-mail.');
    fireEvent.click(within(dialog).getByTestId('reject-confirm'));
    await waitFor(() => expect(posts).toHaveLength(1));
    expect(posts[0]!.body).toEqual({ reasonCode: 'other', note: 'Chargeback opened with the bank' });
  });

  test('the verdict’s refusal is the reason pre-selected, and no note is needed with it', async () => {
    const posts: unknown[] = [];
    server.use(http.post('*/api/refunds/11/reject', async ({ request }) => { posts.push(await request.json()); return HttpResponse.json(refund({ status: 'rejected' })); }));
    renderActions(refund({ eligibility: 'not_eligible', eligibilityReasons: ['late_request', 'data_used'], proposedAmountCents: 0 }));
    const dialog = await openDialog('Reject');
    expect(within(dialog).getByRole('combobox').textContent).toBe('Requested too late');
    fireEvent.click(within(dialog).getByTestId('reject-review'));
    fireEvent.click(await within(dialog).findByTestId('reject-confirm'));
    await waitFor(() => expect(posts).toEqual([{ reasonCode: 'late_request' }]));
  });
});

describe('payout dialogs', () => {
  test('an approved refund records its payout by reference; a duplicate reference is refused with a clear message', async () => {
    const posts: Post[] = [];
    server.use(http.post('*/api/refunds/11/payout', async ({ request }) => {
      posts.push({ key: request.headers.get('Idempotency-Key'), body: await request.json() });
      return HttpResponse.json({ message: 'A record with the same unique value already exists', code: 'duplicate' }, { status: 409 });
    }));
    renderActions(refund({ status: 'approved', amountCents: 1979, payoutMethod: 'card', payoutDueAt: '2026-12-10T22:59:59.000Z' }));
    expect(await screen.findByRole('button', { name: 'Record failed payout' })).toBeTruthy();
    const dialog = await openDialog('Record payout');
    fireEvent.change(within(dialog).getByLabelText(/^Payment provider reference/), { target: { value: ' re_3NkTestRef ' } });
    fireEvent.click(within(dialog).getByTestId('payout-review'));
    expect((await within(dialog).findByTestId('payout-question')).textContent).toBe('Record that €19.79 was refunded to the customer’s Card, reference re_3NkTestRef?');
    fireEvent.click(within(dialog).getByTestId('payout-confirm'));
    expect((await within(dialog).findByTestId('action-failure')).textContent).toContain('This payout reference is already recorded.');
    expect(posts[0]!.body).toEqual({ reference: 're_3NkTestRef' });
    expect(posts[0]!.key).toMatch(/^[0-9a-f-]{36}$/);
  });

  test('a paid-out refund can only record a late failure, with a reason', async () => {
    const posts: unknown[] = [];
    server.use(http.post('*/api/refunds/11/payout-failed', async ({ request }) => { posts.push(await request.json()); return HttpResponse.json(refund({ status: 'failed' })); }));
    renderActions(refund({ status: 'paid_out', amountCents: 1979, payoutReference: 're_1', paidOutAt: '2026-11-20T10:00:00.000Z', payoutDueAt: '2026-12-10T22:59:59.000Z' }));
    const dialog = await openDialog('Record failed payout');
    expect(screen.queryByRole('button', { name: 'Record payout' })).toBeNull();
    fireEvent.click(within(dialog).getByTestId('payout-failed-review'));
    expect(await within(dialog).findByText('Required')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText(/^What the provider reported/), { target: { value: 'Card expired' } });
    fireEvent.click(within(dialog).getByTestId('payout-failed-review'));
    fireEvent.click(await within(dialog).findByTestId('payout-failed-confirm'));
    await waitFor(() => expect(posts).toEqual([{ reason: 'Card expired' }]));
  });
});
