import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { AdminContext, RecordContextProvider, ResourceContextProvider, memoryStore } from 'react-admin';
import type { Role } from '../../server/domain/enums.ts';
import { authProvider, resetAuthCache } from '../../client/src/authProvider.ts';
import { createDataProvider } from '../../client/src/dataProvider.ts';
import { createI18nProvider } from '../../client/src/i18n/index.ts';
import { FixTransferButton } from '../../client/src/resources/transfers/FixTransferButton.tsx';
import type { FixPlan, FixPreview, Transfer } from '../../client/src/resources/transfers/transferTypes.ts';
import { server, signedInAs } from './server.ts';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => resetAuthCache());
afterEach(() => {
  cleanup();
  server.resetHandlers();
});
afterAll(() => server.close());

// The demo's mistake: 3 GB sent to gmial.com instead of gmail.com, still pending.
const transfer: Transfer = {
  id: 2,
  senderAccountId: 122,
  sourceAccountPlanId: 473,
  recipientEmail: 'julien.moreau@gmial.com',
  recipientAccountId: null,
  recipientAccountPlanId: null,
  amountGb: 3,
  amountMb: 3072,
  correctsTransferId: null,
  status: 'pending',
  deliveredAt: null,
  fixedAt: null,
  fixedByStaffId: null,
  fixReason: null,
  fixReasonCode: null,
  intendedEmail: null,
  fixOverrideReason: null,
  redirectedToEmail: null,
  redirectedToAccountId: null,
  recoveredMb: null,
  unrecoverableMb: null,
  createdAt: '2026-11-20T03:00:44.989Z',
  updatedAt: '2026-11-20T03:00:44.989Z',
  version: 1,
};

const nothingLost = { usedMb: 0, sentOnMb: 0, expiredMb: 0, expiresBeforeUseMb: 0 };
const plan = (kind: FixPlan['kind'], destination: FixPlan['destination'], recoverableMb = 3072): FixPlan => ({
  kind,
  recoverableMb,
  unrecoverableMb: 3072 - recoverableMb,
  unrecoverable: { ...nothingLost, usedMb: 3072 - recoverableMb },
  destination,
  refusal: null,
});

function preview(email: string | null): FixPreview {
  const hasAccount = email === 'julien.moreau@gmail.com';
  return {
    transferId: 2,
    status: 'pending',
    amountMb: 3072,
    recipientEmail: 'julien.moreau@gmial.com',
    suggestions: [
      { email: 'julien.moreau@gmail.com', source: 'earlier_recipient', distance: 1, accountId: 187 },
      { email: 'julien.moreau@gmx.fr', source: 'domain_typo', distance: 2, accountId: null },
    ],
    reverse: plan('reverse', { kind: 'source_plan', accountPlanId: 473 }),
    redirectEmail: email ?? 'julien.moreau@gmail.com',
    redirect: hasAccount
      ? plan('redirect', { kind: 'new_plan', accountId: 187, expiresAt: '2026-12-17T06:00:44.989Z' }, 1748)
      : plan('redirect', { kind: 'pending_registration', email: email ?? '', expiresAt: '2026-12-17T06:00:44.989Z' }),
  };
}

/** The fake preview endpoint, recording the `email` each call asked about. */
function previewHandler(asked: (string | null)[]) {
  return http.get('*/api/transfers/2/fix-preview', ({ request }) => {
    const email = new URL(request.url).searchParams.get('email');
    asked.push(email);
    return HttpResponse.json(preview(email));
  });
}

/** The fix button on `record`, for a staff member holding `roles` (support by default). */
function renderButton(record: Transfer = transfer, roles: Role[] = ['support']) {
  server.use(signedInAs(roles));
  render(
    <AdminContext
      authProvider={authProvider}
      dataProvider={createDataProvider()}
      i18nProvider={createI18nProvider('en')}
      store={memoryStore()}
    >
      <ResourceContextProvider value="transfers">
        <RecordContextProvider value={record}>
          <FixTransferButton />
        </RecordContextProvider>
      </ResourceContextProvider>
    </AdminContext>,
  );
}

/** Opens the dialog, picks the gmail.com suggestion, and chooses "Typo in the e-mail address" with a note. */
async function fillRedirect() {
  fireEvent.click(await screen.findByRole('button', { name: 'Fix transfer' }));
  const dialog = await screen.findByRole('dialog');
  fireEvent.click(await within(dialog).findByText('julien.moreau@gmail.com'));
  await within(dialog).findByText('1,748 MB');
  fireEvent.mouseDown(within(dialog).getByRole('combobox'));
  fireEvent.click(await screen.findByRole('option', { name: 'Typo in the e-mail address' }));
  fireEvent.change(within(dialog).getByLabelText('Note'), { target: { value: 'confirmed by phone' } });
  fireEvent.click(within(dialog).getByRole('button', { name: 'Review' }));
  await within(dialog).findByText('Redirect 1,748 MB to julien.moreau@gmail.com? This cannot be undone.');
  return dialog;
}

describe('FixTransferDialog', () => {
  test('shows the suggested addresses of the preview, with why and whether they have an account', async () => {
    const asked: (string | null)[] = [];
    server.use(previewHandler(asked));
    renderButton();
    fireEvent.click(await screen.findByRole('button', { name: 'Fix transfer' }));
    const dialog = await screen.findByRole('dialog');
    const suggestions = await within(dialog).findAllByTestId('fix-suggestion');
    expect(suggestions.map((s) => s.textContent)).toEqual([
      'julien.moreau@gmail.comSent data to before · has an account',
      'julien.moreau@gmx.frTypo in the domain · no account yet',
    ]);
    expect(within(dialog).getByTestId('fix-sent').textContent).toBe('3 GB sent to julien.moreau@gmial.com (Pending).');
    expect(asked).toEqual([null]);
    // Nothing can be confirmed before an address and a reason are chosen.
    expect(within(dialog).getByRole('button', { name: 'Review' })).toHaveProperty('disabled', true);
  });

  test('picking a suggestion fills the address and fetches the preview for it', async () => {
    const asked: (string | null)[] = [];
    server.use(previewHandler(asked));
    renderButton();
    fireEvent.click(await screen.findByRole('button', { name: 'Fix transfer' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(await within(dialog).findByText('julien.moreau@gmx.fr'));
    await waitFor(() => expect(asked).toContain('julien.moreau@gmx.fr'));
    expect(within(dialog).getByTestId('fix-email')).toHaveProperty('value', 'julien.moreau@gmx.fr');
    expect(await within(dialog).findByText(/kept pending until julien\.moreau@gmx\.fr signs up/)).toBeTruthy();

    fireEvent.click(within(dialog).getByText('julien.moreau@gmail.com'));
    await waitFor(() => expect(asked).toContain('julien.moreau@gmail.com'));
    expect(
      await within(dialog).findByText(/into a new plan on the account of julien\.moreau@gmail\.com \(#187\), expiring Dec 17, 2026/),
    ).toBeTruthy();
    expect(within(dialog).getByTestId('fix-recoverable').textContent).toBe('1,748 MB');
    expect(within(dialog).getByText('1,324 MB already used by the recipient')).toBeTruthy();
  });

  test('confirm sends the redirect with an Idempotency-Key and the reason; the button is disabled while it runs', async () => {
    server.use(previewHandler([]));
    const posts: { key: string | null; body: unknown }[] = [];
    let answer: () => void = () => {};
    const answered = new Promise<void>((resolve) => {
      answer = resolve;
    });
    server.use(
      http.post('*/api/transfers/2/redirect', async ({ request }) => {
        posts.push({ key: request.headers.get('Idempotency-Key'), body: await request.json() });
        await answered;
        return HttpResponse.json({
          ...transfer,
          status: 'redirected',
          redirectedToEmail: 'julien.moreau@gmail.com',
          recoveredMb: 1748,
          unrecoverableMb: 1324,
          fix: {
            kind: 'redirect',
            recoveredMb: 1748,
            unrecoverableMb: 1324,
            unrecoverable: { ...nothingLost, usedMb: 1324 },
            destination: { kind: 'new_plan', accountId: 187, expiresAt: '2026-12-17T06:00:44.989Z' },
            correctionTransferId: 91,
          },
        });
      }),
    );
    renderButton();
    const dialog = await fillRedirect();

    fireEvent.click(within(dialog).getByTestId('fix-confirm'));
    await waitFor(() => expect(posts).toHaveLength(1));
    const confirm = within(dialog).getByTestId('fix-confirm');
    expect(confirm).toHaveProperty('disabled', true);
    expect(confirm.textContent).toBe('Fixing…');
    expect(within(dialog).getByRole('button', { name: 'Go Back' })).toHaveProperty('disabled', true);
    expect(posts[0]!.key).toMatch(/^[0-9a-f-]{36}$/);
    expect(posts[0]!.body).toEqual({
      email: 'julien.moreau@gmail.com',
      reasonCode: 'address_typo',
      reason: 'Typo in the e-mail address — confirmed by phone',
    });

    answer();
    const result = await within(dialog).findByTestId('fix-result');
    expect(within(result).getByText('Redirected to julien.moreau@gmail.com.')).toBeTruthy();
    expect(within(result).getByRole('link', { name: 'Open correction transfer #91' }).getAttribute('href')).toBe('#/transfers/91/show');
  });

  test('a retry of the same confirmation reuses its Idempotency-Key, a changed one gets a new key', async () => {
    server.use(previewHandler([]));
    const keys: (string | null)[] = [];
    server.use(
      http.post('*/api/transfers/2/redirect', ({ request }) => {
        keys.push(request.headers.get('Idempotency-Key'));
        return HttpResponse.json({ message: 'Something went wrong on our side', code: 'internal_error' }, { status: 500 });
      }),
    );
    renderButton();
    const dialog = await fillRedirect();
    fireEvent.click(within(dialog).getByTestId('fix-confirm'));
    await within(dialog).findByTestId('fix-failure');
    fireEvent.click(within(dialog).getByTestId('fix-confirm'));
    await waitFor(() => expect(keys).toHaveLength(2));
    expect(keys[1]).toBe(keys[0]);

    // Another request is another key: the API refuses a key reused for a different body.
    fireEvent.click(within(dialog).getByRole('button', { name: 'Go Back' }));
    fireEvent.change(within(dialog).getByLabelText('Note'), { target: { value: 'confirmed by e-mail' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Review' }));
    fireEvent.click(await within(dialog).findByTestId('fix-confirm'));
    await waitFor(() => expect(keys).toHaveLength(3));
    expect(keys[2]).not.toBe(keys[0]);
  });

  test('a 409 says that another agent already fixed the transfer, and refreshes it', async () => {
    const asked: (string | null)[] = [];
    server.use(previewHandler(asked));
    server.use(
      http.post('*/api/transfers/2/redirect', () =>
        HttpResponse.json({ message: 'This transfer was already reversed', code: 'transfer_already_fixed' }, { status: 409 }),
      ),
    );
    renderButton();
    const dialog = await fillRedirect();
    const callsBefore = asked.length;
    fireEvent.click(within(dialog).getByTestId('fix-confirm'));
    expect(await within(dialog).findByText('Another agent already fixed this transfer')).toBeTruthy();
    expect(within(dialog).queryByTestId('fix-confirm')).toBeNull();
    expect(within(dialog).getByRole('button', { name: 'Close' })).toBeTruthy();
    // useRefresh() invalidated the queries: the preview is asked again.
    await waitFor(() => expect(asked.length).toBeGreaterThan(callsBefore));
  });

  test('a 422 shows the reason the API gives', async () => {
    server.use(previewHandler([]));
    server.use(
      http.post('*/api/transfers/2/redirect', () =>
        HttpResponse.json({ message: 'The account using the corrected address is closed', code: 'recipient_inactive' }, { status: 422 }),
      ),
    );
    renderButton();
    const dialog = await fillRedirect();
    fireEvent.click(within(dialog).getByTestId('fix-confirm'));
    expect((await within(dialog).findByTestId('fix-failure')).textContent).toBe('the account using that address is closed.');
  });

  test('a 400 lists the fields the API refused, and shows them on the form after going back', async () => {
    server.use(previewHandler([]));
    server.use(
      http.post('*/api/transfers/2/redirect', () =>
        HttpResponse.json(
          { message: 'Invalid body: reason', code: 'invalid_input', errors: { reason: 'say why, in a few words' } },
          { status: 400 },
        ),
      ),
    );
    renderButton();
    const dialog = await fillRedirect();
    fireEvent.click(within(dialog).getByTestId('fix-confirm'));
    const failure = await within(dialog).findByTestId('fix-failure');
    expect(failure.textContent).toBe('Some fields are invalid: see the messages next to them.Reason: say why, in a few words');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Go Back' }));
    expect(await within(dialog).findByText('say why, in a few words')).toBeTruthy();
  });

  test('a refusal in the preview is explained and nothing can be confirmed', async () => {
    server.use(
      http.get('*/api/transfers/2/fix-preview', () => {
        const refusal = { status: 422, code: 'nothing_recoverable', message: 'Nothing can be recovered' };
        const refused = { ...preview(null), reverse: { ...plan('reverse', null, 0), refusal } };
        return HttpResponse.json(refused);
      }),
    );
    renderButton({ ...transfer, status: 'delivered' });
    fireEvent.click(await screen.findByRole('button', { name: 'Fix transfer' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(await within(dialog).findByRole('button', { name: 'Return to the sender' }));
    expect((await within(dialog).findByTestId('fix-refusal')).textContent).toBe(
      'This fix is not possible: nothing can be recovered: the data was used, sent on, or has expired.',
    );
    fireEvent.mouseDown(within(dialog).getByRole('combobox'));
    fireEvent.click(await screen.findByRole('option', { name: 'Typo in the e-mail address' }));
    expect(within(dialog).getByTestId('fix-intended-email')).toHaveProperty('value', 'julien.moreau@gmail.com');
    expect(within(dialog).getByRole('button', { name: 'Review' })).toHaveProperty('disabled', true);
  });

  test('on a fixed transfer the button is disabled and says why', async () => {
    renderButton({ ...transfer, status: 'redirected', fixedAt: '2026-11-21T10:00:00.000Z' });
    const button = await screen.findByRole('button', { name: 'Fix transfer' });
    expect(button).toHaveProperty('disabled', true);
    fireEvent.mouseOver(button.parentElement!);
    expect(await screen.findByText('Already redirected: a transfer is fixed once. Fix its correction transfer instead.')).toBeTruthy();
  });
});

describe('transfers are final: support fixes an address error, and only that', () => {
  const ADVICE =
    'Support fixes an address error, and only that. Tell the customer that the recipient can send the data back with “Send data to a friend” (while they have at least 1 GB left).';

  async function openReverse(roles: Role[]) {
    server.use(previewHandler([]));
    renderButton(transfer, roles);
    fireEvent.click(await screen.findByRole('button', { name: 'Fix transfer' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(await within(dialog).findByRole('button', { name: 'Return to the sender' }));
    await within(dialog).findByTestId('fix-plan');
    return dialog;
  }
  async function chooseReason(dialog: HTMLElement, name: string) {
    fireEvent.mouseDown(within(dialog).getByRole('combobox'));
    fireEvent.click(await screen.findByRole('option', { name }));
  }

  test('the reasons: the address errors first, the others apart; a change of mind tells support what to say, and cannot be fixed', async () => {
    const dialog = await openReverse(['support']);
    fireEvent.mouseDown(within(dialog).getByRole('combobox'));
    const listbox = await screen.findByRole('listbox');
    expect(Array.from(listbox.children).map((item) => item.textContent)).toEqual([
      'Address errors: support fixes these',
      'Typo in the e-mail address',
      'A similar address of someone else',
      'The address does not exist',
      'An old address the recipient no longer uses',
      'Not an address error: the transfer is final',
      'The sender changed his mind',
      'Wrong amount sent',
      'Sent from the wrong plan',
      'Other',
    ]);
    fireEvent.click(screen.getByRole('option', { name: 'The sender changed his mind' }));
    const advice = await within(dialog).findByTestId('fix-final-advice');
    expect(advice.textContent).toBe(`Transfers are final${ADVICE}Only an administrator can fix it anyway.`);
    expect(within(dialog).queryByTestId('fix-override-reason')).toBeNull();
    expect(within(dialog).getByRole('button', { name: 'Review' })).toHaveProperty('disabled', true);
    // Back to an address error: the fix is possible again.
    await chooseReason(dialog, 'The address does not exist');
    expect(within(dialog).queryByTestId('fix-final-advice')).toBeNull();
    expect(within(dialog).getByRole('button', { name: 'Review' })).toHaveProperty('disabled', false);
  });

  test('a reverse records the address the sender meant, pre-filled with the likeliest suggestion; the address the data went to is refused', async () => {
    const posts: unknown[] = [];
    server.use(
      http.post('*/api/transfers/2/reverse', async ({ request }) => {
        posts.push(await request.json());
        return HttpResponse.json({ message: 'Something went wrong on our side', code: 'internal_error' }, { status: 500 });
      }),
    );
    const dialog = await openReverse(['support']);
    const intended = within(dialog).getByTestId('fix-intended-email') as HTMLInputElement;
    expect(intended.value).toBe('julien.moreau@gmail.com');
    await chooseReason(dialog, 'Typo in the e-mail address');
    fireEvent.change(intended, { target: { value: 'Julien.Moreau@gmial.com ' } });
    expect(await within(dialog).findByText('That is the address the data went to: there is no address error to fix.')).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: 'Review' })).toHaveProperty('disabled', true);
    fireEvent.click(within(dialog).getByText('julien.moreau@gmx.fr'));
    expect(intended.value).toBe('julien.moreau@gmx.fr');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Review' }));
    expect((await within(dialog).findByTestId('fix-confirm-intended')).textContent).toBe('The sender meant: julien.moreau@gmx.fr');
    fireEvent.click(within(dialog).getByTestId('fix-confirm'));
    await waitFor(() =>
      expect(posts).toEqual([{ intendedEmail: 'julien.moreau@gmx.fr', reasonCode: 'address_typo', reason: 'Typo in the e-mail address' }]),
    );
  });

  test('an admin may fix a change of mind anyway, with a written reason sent as overrideReason', async () => {
    const posts: unknown[] = [];
    server.use(
      http.post('*/api/transfers/2/reverse', async ({ request }) => {
        posts.push(await request.json());
        return HttpResponse.json(
          { message: 'Only an admin can fix a transfer for a reason other than an address error', code: 'override_admin_only' },
          { status: 403 },
        );
      }),
    );
    const dialog = await openReverse(['admin']);
    await chooseReason(dialog, 'The sender changed his mind');
    expect((await within(dialog).findByTestId('fix-final-advice')).textContent).toContain(
      'As an administrator you may fix it anyway, with a written reason kept in the audit trail.',
    );
    const override = within(dialog).getByTestId('fix-override-reason');
    fireEvent.change(override, { target: { value: 'ombudsman' } });
    expect(within(dialog).getByRole('button', { name: 'Review' })).toHaveProperty('disabled', true);
    fireEvent.change(override, { target: { value: 'Ombudsman decision 2026-118: return the data' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Review' }));
    expect((await within(dialog).findByTestId('fix-confirm-override')).textContent).toBe(
      'Not an address error: you fix it anyway, as an administrator, because “Ombudsman decision 2026-118: return the data”.',
    );
    fireEvent.click(within(dialog).getByTestId('fix-confirm'));
    await waitFor(() =>
      expect(posts).toEqual([
        {
          intendedEmail: 'julien.moreau@gmail.com',
          reasonCode: 'changed_mind',
          reason: 'The sender changed his mind',
          overrideReason: 'Ombudsman decision 2026-118: return the data',
        },
      ]),
    );
    // A 403 refusing the fix (the role was withdrawn meanwhile) is explained in the dialog, which stays open.
    expect((await within(dialog).findByTestId('fix-failure')).textContent).toBe(
      'only an administrator can fix a transfer for a reason other than an address error.',
    );
    expect(screen.getByRole('dialog')).toBe(dialog);
  });
});
