import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { AdminContext, RecordContextProvider, ResourceContextProvider, memoryStore } from 'react-admin';
import type { Role } from '../../server/domain/enums.ts';
import { authProvider, resetAuthCache } from '../../client/src/authProvider.ts';
import { createDataProvider } from '../../client/src/dataProvider.ts';
import { createI18nProvider } from '../../client/src/i18n/index.ts';
import { RefundShowActions } from '../../client/src/resources/refunds/RefundShowActions.tsx';
import type { Refund, RefundApproval, RefundAssessment } from '../../client/src/resources/refunds/refundTypes.ts';
import { approval, caseHandlers, order, refund, verdictRecord } from './refunds-fixtures.ts';
import { server, signedInAs } from './server.ts';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => resetAuthCache());
afterEach(() => {
  cleanup();
  server.resetHandlers();
});
afterAll(() => server.close());

interface Post {
  key: string | null;
  body: unknown;
}

/** The case page's actions on `record`, for staff 7 holding `roles`; the assessment says nothing changed unless given. */
function renderActions(
  record: Refund,
  {
    approvals = [],
    roles = ['finance'],
    assessment,
    orderAmountCents,
  }: { approvals?: RefundApproval[]; roles?: Role[]; assessment?: RefundAssessment; orderAmountCents?: number } = {},
) {
  server.use(signedInAs(roles), ...caseHandlers(record, approvals, assessment));
  if (orderAmountCents !== undefined)
    server.use(http.get('*/api/orders/471', () => HttpResponse.json({ ...order, amountCents: orderAmountCents })));
  render(
    <AdminContext
      authProvider={authProvider}
      dataProvider={createDataProvider()}
      i18nProvider={createI18nProvider('en')}
      store={memoryStore()}
    >
      <ResourceContextProvider value="refunds">
        <RecordContextProvider value={record}>
          <RefundShowActions />
        </RecordContextProvider>
      </ResourceContextProvider>
    </AdminContext>,
  );
}

/**
 * Clicks the action once the case has loaded (the button is re-rendered when it becomes possible);
 * a decision's dialog is ready once it has re-assessed the request (it starts again with the facts now).
 */
async function openDialog(button: string) {
  await waitFor(() => expect(screen.getByRole('button', { name: button })).toHaveProperty('disabled', false), { timeout: 5000 });
  fireEvent.click(screen.getByRole('button', { name: button }));
  if (button === 'Approve' || button === 'Reject') await screen.findByTestId('decision-assessment');
  return screen.findByRole('dialog');
}

const amountInput = (dialog: HTMLElement) => within(dialog).getByLabelText(/^Amount to refund/) as HTMLInputElement;

describe('ApproveRefundDialog', () => {
  test('pre-fills the proposed amount and refuses more than the cap', async () => {
    const posts: Post[] = [];
    server.use(
      http.post('*/api/refunds/11/approve', async ({ request }) => {
        posts.push({ key: request.headers.get('Idempotency-Key'), body: await request.json() });
        return HttpResponse.json({});
      }),
    );
    renderActions(refund());
    const dialog = await openDialog('Approve');
    expect(amountInput(dialog).value).toBe('19.79');
    expect(within(dialog).getByText('At most €19.79, what the terms allow as things stand now')).toBeTruthy();

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
    const answered = new Promise<void>((resolve) => {
      answer = resolve;
    });
    server.use(
      http.post('*/api/refunds/11/approve', async ({ request }) => {
        posts.push({ key: request.headers.get('Idempotency-Key'), body: await request.json() });
        await answered;
        return HttpResponse.json(refund({ status: 'approved', amountCents: 1905 }));
      }),
    );
    renderActions(refund());
    const dialog = await openDialog('Approve');
    // A comma or a point: parsed from the text, digit by digit (0.29 is 29 cents, never 28.999…).
    fireEvent.change(amountInput(dialog), { target: { value: '19,05' } });
    fireEvent.change(within(dialog).getByLabelText('Note'), { target: { value: '  used 20 MB in a test  ' } });
    fireEvent.click(within(dialog).getByTestId('approve-review'));
    expect((await within(dialog).findByTestId('approve-question')).textContent).toBe(
      'Grant a refund of €19.05 on order #471, to the customer’s Card?',
    );

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
    server.use(
      http.post('*/api/refunds/11/approve', async ({ request }) => {
        posts.push({ key: request.headers.get('Idempotency-Key'), body: await request.json() });
        return HttpResponse.json({ message: 'Something went wrong on our side', code: 'internal_error' }, { status: 500 });
      }),
    );
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

  test('a second approver confirms the first amount or less, never more; a 409 same_approver is shown with the API’s words', async () => {
    const posts: unknown[] = [];
    server.use(
      http.post('*/api/refunds/11/approve', async ({ request }) => {
        posts.push(await request.json());
        return HttpResponse.json(
          { message: 'You already approved this refund: a second, different finance approver must confirm it', code: 'same_approver' },
          { status: 409 },
        );
      }),
    );
    const record = refund({ status: 'awaiting_second_approval', amountCents: 1979 });
    renderActions(record, { approvals: [approval(9)] });
    const dialog = await openDialog('Approve');
    expect(within(dialog).getByTestId('approve-second').textContent).toContain('Thomas Girard approved €19.79');
    expect(amountInput(dialog).value).toBe('19.79');
    expect(within(dialog).getByText('At most €19.79, the amount of the first approval (you may grant less, never more)')).toBeTruthy();
    // The second approver states no four-eyes rule: the first approval already applied it.
    expect(within(dialog).queryByTestId('four-eyes-hint')).toBeNull();
    fireEvent.change(amountInput(dialog), { target: { value: '19.80' } });
    fireEvent.click(within(dialog).getByTestId('approve-review'));
    expect(await within(dialog).findByText('At most €19.79')).toBeTruthy();
    fireEvent.change(amountInput(dialog), { target: { value: '15' } });
    fireEvent.click(within(dialog).getByTestId('approve-review'));
    expect((await within(dialog).findByTestId('approve-question')).textContent).toBe(
      'Confirm the refund of €15.00 approved by Thomas Girard? It then becomes due for payout within 30 days.',
    );
    fireEvent.click(within(dialog).getByTestId('approve-confirm'));
    const failure = await within(dialog).findByTestId('action-failure');
    expect(posts).toEqual([{ amountCents: 1500 }]);
    expect(failure.textContent).toContain('You already approved this refund: a second, different finance approver must confirm it.');
    expect(within(failure).getByTestId('action-failure-detail').textContent).toBe(
      'You already approved this refund: a second, different finance approver must confirm it',
    );
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
    expect(
      await screen.findByText('Not eligible under the terms: only an administrator can approve it, with a written reason'),
    ).toBeTruthy();
    cleanup();

    resetAuthCache();
    const posts: unknown[] = [];
    server.use(
      http.post('*/api/refunds/11/approve', async ({ request }) => {
        posts.push(await request.json());
        return HttpResponse.json({ ...record, status: 'approved' });
      }),
    );
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

describe('ApproveRefundDialog decides on the facts as they are now', () => {
  const asked = verdictRecord();
  const row = (dialog: HTMLElement, key: string) => within(dialog).getByTestId(`verdict-row-${key}`);

  test('shows when asked beside now, highlights what changed, and caps the amount by now', async () => {
    const now = verdictRecord({ dataUsedMb: 45 }, { proposedAmountCents: 1477 }, new Date().toISOString());
    renderActions(refund(), { assessment: { then: asked, now, decided: null } });
    const dialog = await openDialog('Approve');
    expect(within(dialog).getByTestId('verdict-change').textContent).toBe(
      'Since the request the verdict changed: Partial refund (€19.79) → Partial refund (€14.77). What moved: data used, consumed (terms: under 1 %). The decision rests on the facts as they are now.',
    );
    expect(row(dialog, 'dataUsedMb').getAttribute('data-changed')).toBe('true');
    expect(row(dialog, 'dataUsedMb').textContent).toBe('Data usedChanged20 MB45 MB');
    expect(row(dialog, 'proposed').textContent).toBe('Terms allow at mostChanged€19.79€14.77');
    expect(row(dialog, 'eligibility').getAttribute('data-changed')).toBe('false');
    // Compact: what did not change waits behind a button.
    expect(within(dialog).queryByTestId('verdict-row-installed')).toBeNull();
    fireEvent.click(within(dialog).getByTestId('verdict-all-facts'));
    expect(row(dialog, 'installed').textContent).toBe('eSIM installedYesYes');

    expect(amountInput(dialog).value).toBe('14.77');
    expect(within(dialog).getByText('At most €14.77, what the terms allow as things stand now')).toBeTruthy();
    fireEvent.change(amountInput(dialog), { target: { value: '19.79' } });
    fireEvent.click(within(dialog).getByTestId('approve-review'));
    expect(await within(dialog).findByText('At most €14.77')).toBeTruthy();
    expect(within(dialog).queryByTestId('approve-confirm')).toBeNull();
  });

  test('not eligible now: finance is told only an administrator can approve it; an admin approves with a reason', async () => {
    const now = verdictRecord(
      { dataUsedMb: 201 },
      { eligibility: 'not_eligible', reasons: ['data_used'], proposedAmountCents: 0 },
      new Date().toISOString(),
    );
    renderActions(refund(), { assessment: { then: asked, now, decided: null } });
    let dialog = await openDialog('Approve');
    expect(within(dialog).getByTestId('approve-admin-only').textContent).toBe(
      'As things stand now this request is not eligible under the terms (1 % or more used): only an administrator can approve it, with a written reason. Reject it, or ask an administrator.',
    );
    expect(within(dialog).queryByLabelText(/^Amount to refund/)).toBeNull();
    expect(within(dialog).getByTestId('approve-review')).toHaveProperty('disabled', true);
    expect(row(dialog, 'eligibility').textContent).toBe('VerdictChangedPartial refundNot eligible');
    cleanup();

    resetAuthCache();
    const posts: unknown[] = [];
    server.use(
      http.post('*/api/refunds/11/approve', async ({ request }) => {
        posts.push(await request.json());
        return HttpResponse.json(refund({ status: 'approved' }));
      }),
    );
    renderActions(refund(), { roles: ['admin'], assessment: { then: asked, now, decided: null } });
    dialog = await openDialog('Approve');
    expect(within(dialog).getByTestId('approve-outside-policy').textContent).toContain(
      'As things stand now this request is not eligible under the terms (1 % or more used)',
    );
    expect(amountInput(dialog).value).toBe('24.99');
    fireEvent.change(within(dialog).getByLabelText(/^Note/), { target: { value: 'network outage confirmed by the operator' } });
    fireEvent.click(within(dialog).getByTestId('approve-review'));
    fireEvent.click(await within(dialog).findByTestId('approve-confirm'));
    await waitFor(() => expect(posts).toEqual([{ amountCents: 2499, note: 'network outage confirmed by the operator' }]));
  });

  test('the four-eyes hint names the threshold: within it for a small refund, above it for a large one', async () => {
    renderActions(refund());
    let dialog = await openDialog('Approve');
    expect(within(dialog).getByTestId('four-eyes-hint').textContent).toBe(
      'Refunds above €100.00 need a second, different finance approver (four eyes).',
    );
    fireEvent.click(within(dialog).getByTestId('approve-review'));
    await within(dialog).findByTestId('approve-question');
    expect(within(dialog).getByTestId('four-eyes-hint').textContent).toBe(
      'Within the four-eyes threshold (€100.00): your approval decides the refund, which is then due for payout within 30 days.',
    );
    cleanup();

    renderActions(refund({ proposedAmountCents: 12_000 }), { orderAmountCents: 15_000 });
    dialog = await openDialog('Approve');
    expect(amountInput(dialog).value).toBe('120.00');
    fireEvent.click(within(dialog).getByTestId('approve-review'));
    await within(dialog).findByTestId('approve-question');
    expect(within(dialog).getByTestId('four-eyes-hint').textContent).toBe(
      'Above the four-eyes threshold (€100.00): the request then waits for a second, different finance approver before it can be paid out.',
    );
  });

  test('refused because the facts moved meanwhile: the case is re-assessed, and going back shows the change and refuses the old amount', async () => {
    let moved = false;
    const now = () =>
      moved
        ? verdictRecord(
            { dataUsedMb: 201 },
            { eligibility: 'not_eligible', reasons: ['data_used'], proposedAmountCents: 0 },
            new Date().toISOString(),
          )
        : verdictRecord({}, {}, new Date().toISOString());
    renderActions(refund());
    server.use(
      http.get('*/api/refunds/11/assessment', () => HttpResponse.json({ then: asked, now: now(), decided: null })),
      http.post('*/api/refunds/11/approve', () => {
        moved = true;
        return HttpResponse.json(
          {
            message: 'This request is not eligible under the terms as things stand now (data_used): only an admin can approve it',
            code: 'forbidden',
          },
          { status: 403 },
        );
      }),
    );
    const dialog = await openDialog('Approve');
    expect(within(dialog).getByTestId('verdict-change').textContent).toBe('Nothing changed since the request: the verdict stands.');
    fireEvent.click(within(dialog).getByTestId('approve-review'));
    fireEvent.click(await within(dialog).findByTestId('approve-confirm'));
    expect((await within(dialog).findByTestId('action-failure')).textContent).toContain(
      'As things stand now this request is not eligible under the terms: only an administrator can approve it. Go back to see what changed.',
    );
    fireEvent.click(within(dialog).getByRole('button', { name: 'Go Back' }));
    expect(await within(dialog).findByTestId('approve-admin-only')).toBeTruthy();
    expect(within(dialog).getByTestId('verdict-change').textContent).toContain('Partial refund (€19.79) → Not eligible');
    expect(row(dialog, 'dataUsedMb').getAttribute('data-changed')).toBe('true');
    expect(within(dialog).getByTestId('approve-review')).toHaveProperty('disabled', true);
  });
});

describe('RejectRefundDialog', () => {
  test('"Other" requires a note; the reason comes from the translated list', async () => {
    const posts: Post[] = [];
    server.use(
      http.post('*/api/refunds/11/reject', async ({ request }) => {
        posts.push({ key: request.headers.get('Idempotency-Key'), body: await request.json() });
        return HttpResponse.json(refund({ status: 'rejected', rejectReasonCode: 'other' }));
      }),
    );
    renderActions(refund());
    const dialog = await openDialog('Reject');
    fireEvent.mouseDown(within(dialog).getByRole('combobox'));
    const options = (await screen.findAllByRole('option')).map((o) => o.textContent);
    expect(options).toEqual([
      'Requested too late',
      'Data used',
      'Lost, stolen or changed device',
      'Free or promotional order',
      'Duplicate request',
      'Other',
    ]);
    fireEvent.click(screen.getByRole('option', { name: 'Other' }));
    fireEvent.click(within(dialog).getByTestId('reject-review'));
    expect(await within(dialog).findByText('A note is required with “Other”')).toBeTruthy();
    expect(within(dialog).queryByTestId('reject-confirm')).toBeNull();

    fireEvent.change(within(dialog).getByLabelText('Note'), { target: { value: 'Chargeback opened with the bank' } });
    fireEvent.click(within(dialog).getByTestId('reject-review'));
    expect((await within(dialog).findByTestId('reject-question')).textContent).toBe(
      'Reject request #11 (Other)? The customer is told by e-mail.',
    );
    fireEvent.click(within(dialog).getByTestId('reject-confirm'));
    await waitFor(() => expect(posts).toHaveLength(1));
    expect(posts[0]!.body).toEqual({ reasonCode: 'other', note: 'Chargeback opened with the bank' });
  });

  test('the verdict’s refusal is the reason pre-selected, and no note is needed with it', async () => {
    const posts: unknown[] = [];
    server.use(
      http.post('*/api/refunds/11/reject', async ({ request }) => {
        posts.push(await request.json());
        return HttpResponse.json(refund({ status: 'rejected' }));
      }),
    );
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
    server.use(
      http.post('*/api/refunds/11/payout', async ({ request }) => {
        posts.push({ key: request.headers.get('Idempotency-Key'), body: await request.json() });
        return HttpResponse.json({ message: 'A record with the same unique value already exists', code: 'duplicate' }, { status: 409 });
      }),
    );
    renderActions(refund({ status: 'approved', amountCents: 1979, payoutMethod: 'card', payoutDueAt: '2026-12-10T22:59:59.000Z' }));
    expect(await screen.findByRole('button', { name: 'Record failed payout' })).toBeTruthy();
    const dialog = await openDialog('Record payout');
    // The dialog first learns the deployment's provider (manual here: the reference is typed).
    fireEvent.change(await within(dialog).findByLabelText(/^Payment provider reference/), { target: { value: ' re_3NkTestRef ' } });
    fireEvent.click(within(dialog).getByTestId('payout-review'));
    expect((await within(dialog).findByTestId('payout-question')).textContent).toBe(
      'Record that €19.79 was refunded to the customer’s Card, reference re_3NkTestRef?',
    );
    fireEvent.click(within(dialog).getByTestId('payout-confirm'));
    expect((await within(dialog).findByTestId('action-failure')).textContent).toContain('This payout reference is already recorded.');
    expect(posts[0]!.body).toEqual({ reference: 're_3NkTestRef' });
    expect(posts[0]!.key).toMatch(/^[0-9a-f-]{36}$/);
  });

  test('with Stripe, paying a failed refund again asks for no reference: it queues a new attempt', async () => {
    const posts: Post[] = [];
    server.use(
      http.post('*/api/refunds/11/payout', async ({ request }) => {
        posts.push({ key: request.headers.get('Idempotency-Key'), body: await request.json() });
        return HttpResponse.json(refund({ status: 'payout_pending', amountCents: 1979 }));
      }),
    );
    renderActions(refund({ status: 'failed', amountCents: 1979, payoutMethod: 'card', payoutDueAt: '2026-12-10T22:59:59.000Z' }));
    server.use(
      http.get('*/api/auth/me', () =>
        HttpResponse.json({ id: 7, email: 'finance@kolet.test', name: 'Test Staff', roles: ['finance'], paymentProvider: 'stripe' }),
      ),
    );
    const dialog = await openDialog('Record payout');
    expect((await within(dialog).findByTestId('payout-through-provider')).textContent).toContain(
      'a new attempt with a new idempotency key',
    );
    expect(within(dialog).queryByLabelText(/^Payment provider reference/)).toBeNull();
    expect(within(dialog).getByRole('heading').textContent).toBe('Pay refund #11 again through Stripe');
    fireEvent.click(within(dialog).getByTestId('payout-review'));
    expect((await within(dialog).findByTestId('payout-question')).textContent).toContain('through Stripe again?');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Pay again through Stripe' }));
    await waitFor(() => expect(posts).toHaveLength(1));
    expect(posts[0]!.body).toEqual({});
  });

  test('a paid-out refund can only record a late failure, with a reason', async () => {
    const posts: unknown[] = [];
    server.use(
      http.post('*/api/refunds/11/payout-failed', async ({ request }) => {
        posts.push(await request.json());
        return HttpResponse.json(refund({ status: 'failed' }));
      }),
    );
    renderActions(
      refund({
        status: 'paid_out',
        amountCents: 1979,
        payoutReference: 're_1',
        paidOutAt: '2026-11-20T10:00:00.000Z',
        payoutDueAt: '2026-12-10T22:59:59.000Z',
      }),
    );
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
