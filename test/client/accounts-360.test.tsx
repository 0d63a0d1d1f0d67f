import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { Route, Routes } from 'react-router-dom';
import { AdminContext, TestMemoryRouter, memoryStore } from 'react-admin';
import type { Role } from '../../server/domain/enums.ts';
import { authProvider, resetAuthCache } from '../../client/src/authProvider.ts';
import { createDataProvider } from '../../client/src/dataProvider.ts';
import { createI18nProvider, loadMessages } from '../../client/src/i18n/index.ts';
import { AccountShow } from '../../client/src/resources/accounts/AccountShow.tsx';
import type { AccountOverview } from '../../client/src/resources/accounts/accountTypes.ts';
import { alertRule, finishedPlans, moderatorOverview, supportOverview } from './accounts-fixtures.ts';
import { server, signedInAs } from './server.ts';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => resetAuthCache());
afterEach(() => {
  cleanup();
  server.resetHandlers();
});
afterAll(() => server.close());

const list = (resource: string, rows: object[]) => () =>
  HttpResponse.json(rows, { headers: { 'Content-Range': `${resource} 0-${rows.length}/${rows.length}` } });

/** The 360 of account 116 as `roles` see it; counts the overview calls (every action reloads it). */
function render360(roles: Role[], overview: AccountOverview, locale: 'en' | 'fr' = 'en') {
  const calls = { overview: 0 };
  server.use(
    signedInAs(roles),
    http.get('*/api/accounts/116/overview', () => {
      calls.overview += 1;
      return HttpResponse.json(overview);
    }),
    // The activity timeline (its own read): one fix, linked to its transfer.
    http.get('*/api/accounts/116/timeline', () =>
      HttpResponse.json({
        kinds: ['transfer_fix', 'staff_action'],
        perKind: 25,
        items: [
          {
            key: 'transfer_fix:122',
            kind: 'transfer_fix',
            at: '2026-10-26T10:00:00.000Z',
            resource: 'transfers',
            recordId: 122,
            record: { id: 122, status: 'reversed', fixReasonCode: 'address_typo' },
          },
        ],
      }),
    ),
    // RefField reads what the role may read: the promo code and the blocked plan's name.
    http.get('*/api/promo-codes', list('promo-codes', [{ id: 3, code: 'WELCOME10' }])),
    http.get('*/api/account-plans', list('account-plans', [{ id: 540, name: 'USA 3 GB – 7 days' }])),
    // A received transfer names its sender by e-mail.
    http.get('*/api/accounts', list('accounts', [{ id: 131, email: 'leo.martin@free.fr' }])),
  );
  render(
    <TestMemoryRouter initialEntries={['/accounts/116/show']}>
      <AdminContext
        authProvider={authProvider}
        dataProvider={createDataProvider()}
        i18nProvider={createI18nProvider(locale)}
        store={memoryStore()}
      >
        <Routes>
          <Route path="/accounts/:id/show" element={<AccountShow />} />
        </Routes>
      </AdminContext>
    </TestMemoryRouter>,
  );
  return calls;
}

describe('the customer 360', () => {
  test('shows every section from one call: identity, plans with data left, lists with "N of total" and links to the full lists', async () => {
    const calls = render360(['support'], supportOverview());
    expect((await screen.findByTestId('account-email')).textContent).toBe('camille.bernard@gmail.com');
    const identity = screen.getByTestId('account-identity');
    expect(within(identity).getByText('+33612345678')).toBeTruthy();
    expect(within(identity).queryByText('masked for your role')).toBeNull();

    // Plans: data left as text and bar, unlimited said so, the blocked plan chipped.
    expect(screen.getByTestId('plan-remaining-562').textContent).toBe('4 GB left of 5 GB');
    expect(screen.getByTestId('plan-remaining-540').textContent).toBe('172 MB left of 3 GB');
    expect(screen.getByTestId('plan-remaining-563').textContent).toBe('Unlimited');
    expect(screen.getByRole('progressbar', { name: '80 % left' })).toBeTruthy();
    expect(screen.getByTestId('plan-blocked-540')).toBeTruthy();
    expect(screen.queryByTestId('plan-blocked-562')).toBeNull();
    expect(screen.getByTestId('plan-unblock-540')).toBeTruthy();
    expect(screen.getByTestId('plan-alerts-562').textContent).toBe('2 alerts');
    // Paid and gifted data: what can be sent now, or why nothing; the move to a new eSIM.
    expect(screen.getByTestId('plan-gifted-562').textContent).toBe('1 GB gifted, not sendable');
    expect(screen.queryByTestId('plan-gifted-540')).toBeNull();
    expect(screen.getByTestId('plan-sendable-562').textContent).toBe('Sendable now: 3 GB');
    expect(screen.getByTestId('plan-sendable-563').textContent).toBe(
      'Nothing sendable: an unlimited plan’s fair-use allowance is not data that can be sent',
    );
    expect(screen.getByTestId('plan-sendable-540').textContent).toBe('Nothing sendable: its data is blocked by support');
    expect(screen.getByTestId('plan-moved-562').textContent).toBe('Moved to eSIM …2345 on Nov 3, 2026 after a change of device');
    // Unlimited plans take fair-use reminders.
    expect(screen.getByTestId('plan-alerts-563').textContent).toBe('0 alerts');

    // Lists: the 50 most recent of how many, and the full list filtered on the customer.
    expect(screen.getByTestId('section-orders-count').textContent).toBe('2 of 12');
    expect(within(screen.getByTestId('section-orders')).getByText('pi_3HxG2svxWZse6i5Y')).toBeTruthy();
    expect(screen.getByTestId('section-transfersSent-all').getAttribute('href')).toBe(
      `/transfers?filter=${encodeURIComponent('{"senderAccountId":116}')}`,
    );
    expect(screen.getByTestId('section-transfersReceived-all').getAttribute('href')).toBe(
      `/transfers?filter=${encodeURIComponent('{"recipientAccountId":116}')}`,
    );
    expect(screen.getByTestId('section-messages-count').textContent).toBe('2 of 37');
    expect(within(screen.getByTestId('section-messages')).getByText('You have used 90 % of USA 3 GB')).toBeTruthy();
    expect(within(screen.getByTestId('section-refunds')).getByText('Not eligible')).toBeTruthy();
    // Codes read as words: the message templates, the staff actions, the language.
    const messages = screen.getByTestId('section-messages');
    expect(within(messages).getByText('Data usage alert')).toBeTruthy();
    expect(within(messages).getByText('Data sent')).toBeTruthy();
    expect(within(messages).queryByText('usage_alert')).toBeNull();
    expect(within(screen.getByTestId('section-audit')).getByText(/blocked plan #540: “Card chargeback under review”/)).toBeTruthy();
    expect(within(screen.getByTestId('section-audit')).queryByText('account-plans.block')).toBeNull();
    expect(within(identity).getByText('Français')).toBeTruthy();
    // The audit log itself is the administrator's: no link for support.
    expect(screen.queryByTestId('section-audit-all')).toBeNull();

    // Referrals both ways, and abuse flags as chips.
    expect(screen.getByTestId('referred-by').textContent).toBe('Referred by account #88 (Rewarded)');
    expect(within(screen.getByTestId('section-referrals')).getByText('Same device')).toBeTruthy();
    expect(within(screen.getByTestId('section-promoRedemptions')).getByText('Disposable e-mail')).toBeTruthy();
    await waitFor(() => expect(within(screen.getByTestId('section-promoRedemptions')).getByText('WELCOME10')).toBeTruthy());

    // Moderation's lists are not support's.
    expect(screen.queryByTestId('section-dsaNotices')).toBeNull();
    expect(screen.queryByTestId('section-reportsMade')).toBeNull();
    expect(screen.getByTestId('usage-total').textContent).toBe('3,324 MB in all');
    expect(calls.overview).toBe(1);
  });

  test('a moderator sees the masked identity, reviews and reports, and no orders, refunds, plans or actions', async () => {
    render360(['moderator'], moderatorOverview());
    expect((await screen.findByTestId('account-email')).textContent).toBe('c•••@gmail.com');
    expect(screen.getByTestId('masked-email').textContent).toBe('masked for your role');
    expect(screen.getByTestId('masked-phone')).toBeTruthy();
    expect(screen.getByTestId('section-reviews')).toBeTruthy();
    expect(screen.getByTestId('section-reportsMade')).toBeTruthy();
    for (const hidden of [
      'section-orders',
      'section-refunds',
      'section-plans',
      'section-transfersSent',
      'section-messages',
      'section-promoRedemptions',
      'section-usage',
    ]) {
      expect(screen.queryByTestId(hidden), hidden).toBeNull();
    }
    expect(screen.queryByTestId('account-deactivate')).toBeNull();
    expect(screen.queryByTestId('account-block')).toBeNull();
    // An empty list is one line: its title and "None.", no table and no "0 of 0".
    const notices = screen.getByTestId('section-dsaNotices');
    expect(within(notices).getByTestId('section-dsaNotices-empty').textContent).toBe('None.');
    expect(within(notices).queryByRole('table')).toBeNull();
    expect(screen.queryByTestId('section-dsaNotices-count')).toBeNull();
  });

  test('codes without a label show as they are: an unknown template, action or language', async () => {
    const overview = supportOverview();
    overview.account = { ...overview.account, locale: 'de' };
    overview.messages = [{ ...overview.messages[0]!, template: 'brand_new_template' }];
    overview.audit = [{ ...overview.audit[0]!, action: 'account-plans.teleport' }];
    render360(['support'], overview);
    await screen.findByTestId('account-email');
    expect(within(screen.getByTestId('account-identity')).getByText('de')).toBeTruthy();
    expect(within(screen.getByTestId('section-messages')).getByText('brand_new_template')).toBeTruthy();
    expect(within(screen.getByTestId('section-audit')).getByText(/account-plans\.teleport plan #540/)).toBeTruthy();
  });

  test('the 360 in French: "English" for an English customer, French labels for templates and actions', async () => {
    const overview = supportOverview();
    overview.account = { ...overview.account, locale: 'en' };
    await loadMessages('fr');
    render360(['support'], overview, 'fr');
    await screen.findByTestId('account-email');
    expect(within(screen.getByTestId('account-identity')).getByText('English')).toBeTruthy();
    expect(within(screen.getByTestId('section-messages')).getByText('Alerte de consommation')).toBeTruthy();
    expect(within(screen.getByTestId('section-audit')).getByText(/a bloqué le forfait n° 540/)).toBeTruthy();
  });

  test('finished plans (expired, used up, refunded, cancelled) offer no block and no alerts; an open block on one can be lifted', async () => {
    const overview = supportOverview();
    overview.plans = [...overview.plans, ...finishedPlans];
    overview.totals = { ...overview.totals, plans: overview.plans.length };
    render360(['support'], overview);
    await screen.findByTestId('plan-block-562');
    for (const id of [520, 521, 522, 523]) {
      expect(screen.getByTestId(`plan-finished-${id}`)).toBeTruthy();
      expect(screen.queryByTestId(`plan-block-${id}`), String(id)).toBeNull();
      expect(screen.queryByTestId(`plan-alerts-${id}`), String(id)).toBeNull();
    }
    expect(screen.getByTestId('plan-unblock-524')).toBeTruthy();
    expect(screen.queryByTestId('plan-alerts-524')).toBeNull();
    // Live plans keep theirs.
    expect(screen.getByTestId('plan-alerts-540')).toBeTruthy();
    expect(screen.getByTestId('plan-unblock-540')).toBeTruthy();
  });

  test('a deactivated account says when and why, and offers no action', async () => {
    const overview = supportOverview();
    overview.account = {
      ...overview.account,
      status: 'deactivated',
      email: 'deleted-116@anonymised.invalid',
      name: null,
      phone: null,
      deactivatedAt: '2026-11-07T10:00:00.000Z',
      deactivationReason: 'Customer asked by e-mail',
    };
    render360(['support'], overview);
    const banner = await screen.findByTestId('account-deactivated');
    expect(banner.textContent).toContain('Account deactivated');
    expect(banner.textContent).toContain('Reason: Customer asked by e-mail');
    expect(screen.queryByTestId('account-deactivate')).toBeNull();
  });

  test('blocking a plan sends exactly {reason} with an idempotency key, then reloads the 360', async () => {
    const bodies: unknown[] = [];
    const keys: (string | null)[] = [];
    const calls = render360(['support'], supportOverview());
    server.use(
      http.post('*/api/account-plans/562/block', async ({ request }) => {
        bodies.push(await request.json());
        keys.push(request.headers.get('Idempotency-Key'));
        return HttpResponse.json(
          { id: 6, accountId: 116, accountPlanId: 562, reason: 'Stolen phone, customer called', liftedAt: null },
          { status: 201 },
        );
      }),
    );
    fireEvent.click(await screen.findByTestId('plan-block-562'));
    const dialog = await screen.findByTestId('plan-block-dialog');
    expect(dialog.textContent).toContain('Block data on Japan 5 GB – 15 days (#562)');
    fireEvent.change(within(dialog).getByLabelText(/^Reason/), { target: { value: '  Stolen phone, customer called ' } });
    fireEvent.click(within(dialog).getByTestId('plan-block-review'));
    expect((await within(dialog).findByTestId('plan-block-question')).textContent).toBe('Block the data of Japan 5 GB – 15 days (#562)?');
    fireEvent.click(within(dialog).getByTestId('plan-block-confirm'));
    await waitFor(() => expect(bodies).toEqual([{ reason: 'Stolen phone, customer called' }]));
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    await waitFor(() => expect(calls.overview).toBe(2));
    await waitFor(() => expect(screen.queryByTestId('plan-block-dialog')).toBeNull());
  });

  test('the alert editor adds a 75 % e-mail rule, and shows the API refusing a sixth', async () => {
    const overview = supportOverview();
    const full = [50, 75, 90, 95, 100].map((t, i) => alertRule(700 + i, 562, t));
    overview.plans[0] = { ...overview.plans[0]!, alerts: full };
    const posts: unknown[] = [];
    render360(['support'], overview);
    server.use(
      http.post('*/api/usage-alerts', async ({ request }) => {
        posts.push(await request.json());
        return HttpResponse.json({ message: 'A plan has at most 5 alert rules', code: 'too_many_alert_rules' }, { status: 422 });
      }),
    );
    fireEvent.click(await screen.findByTestId('plan-alerts-562'));
    const dialog = await screen.findByTestId('alert-rules-dialog');
    expect(within(dialog).getAllByRole('row')).toHaveLength(6);
    expect(within(dialog).getByText('A plan has at most 5 alert rules: delete one to add another.')).toBeTruthy();
    fireEvent.click(within(dialog).getByTestId('threshold-90'));
    fireEvent.click(within(dialog).getByTestId('alert-rule-submit'));
    await waitFor(() =>
      expect(posts).toEqual([{ accountPlanId: 562, thresholdPercent: 90, channel: 'email', destination: null, enabled: true }]),
    );
    expect((await within(dialog).findByTestId('action-failure')).textContent).toContain(
      'This plan already has 5 alert rules, the most it can have: delete one first.',
    );
  });

  test('a new alert rule is created through usage-alerts and the 360 reloads', async () => {
    const posts: unknown[] = [];
    const calls = render360(['support'], supportOverview());
    server.use(
      http.post('*/api/usage-alerts', async ({ request }) => {
        const body = (await request.json()) as Record<string, unknown>;
        posts.push(body);
        return HttpResponse.json({ ...alertRule(903, 562, 75), ...body }, { status: 201 });
      }),
    );
    fireEvent.click(await screen.findByTestId('plan-alerts-562'));
    const dialog = await screen.findByTestId('alert-rules-dialog');
    fireEvent.change(within(dialog).getByLabelText(/^Destination/), { target: { value: 'camille.work@example.com' } });
    fireEvent.click(within(dialog).getByTestId('threshold-75'));
    fireEvent.click(within(dialog).getByTestId('alert-rule-submit'));
    await waitFor(() =>
      expect(posts).toEqual([
        { accountPlanId: 562, thresholdPercent: 75, channel: 'email', destination: 'camille.work@example.com', enabled: true },
      ]),
    );
    await waitFor(() => expect(calls.overview).toBe(2));
  });

  test('a new rule proposes a usual threshold the plan lacks: 75 % beside the defaults, 50 % once 75, 90 and 100 % are set', async () => {
    render360(['support'], supportOverview());
    fireEvent.click(await screen.findByTestId('plan-alerts-562'));
    const japanRules = await screen.findByTestId('alert-rules-562');
    expect((within(japanRules).getByLabelText(/^Threshold/) as HTMLInputElement).value).toBe('75');
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByTestId('alert-rules-dialog')).toBeNull());
    fireEvent.click(screen.getByTestId('plan-alerts-540'));
    const usaRules = await screen.findByTestId('alert-rules-540');
    expect((within(usaRules).getByLabelText(/^Threshold/) as HTMLInputElement).value).toBe('50');
  });

  test('an unlimited plan takes fair-use reminders: its thresholds read as shares of the fair-use allowance', async () => {
    const overview = supportOverview();
    overview.plans[1] = { ...overview.plans[1]!, alerts: [alertRule(910, 563, 90)] };
    render360(['support'], overview);
    fireEvent.click(await screen.findByTestId('plan-alerts-563'));
    const dialog = await screen.findByTestId('alert-rules-dialog');
    expect(within(dialog).getByTestId('alert-rules-fair-use').textContent).toContain('fair-use allowance');
    expect(within(dialog).getByTestId('alert-rule-910').textContent).toContain('90 % of the fair-use allowance');
    expect(within(dialog).getByText('% of the fair-use allowance')).toBeTruthy();
  });

  test('an SMS rule needs a number: refused in the form on an account without a phone, and the API’s sms_needs_number shown', async () => {
    const overview = supportOverview();
    overview.account = { ...overview.account, phone: null };
    const posts: unknown[] = [];
    render360(['support'], overview);
    server.use(
      http.post('*/api/usage-alerts', async ({ request }) => {
        posts.push(await request.json());
        return HttpResponse.json(
          {
            message: 'An SMS alert needs a number: give a destination, or add a phone number to the account',
            code: 'sms_needs_number',
            errors: { destination: 'a phone number is needed' },
          },
          { status: 422 },
        );
      }),
    );
    fireEvent.click(await screen.findByTestId('plan-alerts-562'));
    const dialog = await screen.findByTestId('alert-rules-dialog');
    fireEvent.mouseDown(within(dialog).getByRole('combobox'));
    fireEvent.click(await screen.findByRole('option', { name: 'SMS' }));
    fireEvent.click(within(dialog).getByTestId('alert-rule-submit'));
    expect(await within(dialog).findByText('An SMS needs a number: the account has none, so give one as the destination.')).toBeTruthy();
    expect(posts).toEqual([]);
    // With a number it goes to the API, whose refusal (a race: the phone was erased meanwhile) is shown in words.
    fireEvent.change(within(dialog).getByLabelText(/^Destination/), { target: { value: '+33 6 12 34 56 78' } });
    fireEvent.click(within(dialog).getByTestId('alert-rule-submit'));
    await waitFor(() => expect(posts).toHaveLength(1));
    expect((await within(dialog).findByTestId('action-failure')).textContent).toContain(
      'An SMS needs a number: the account has none, so give one as the destination.',
    );
  });

  test('deactivation explains what is erased and kept, shows the open refund to decide, and needs a reason', async () => {
    const bodies: unknown[] = [];
    render360(['support'], supportOverview());
    server.use(
      http.get('*/api/accounts/116/deactivation-preview', () =>
        HttpResponse.json({
          openRefunds: [{ id: 11, orderId: 472, status: 'requested', amountCents: null, closable: true }],
          pendingTransfers: [],
          livePlans: [{ id: 562, name: 'Japan 10 GB', status: 'active', dataRemainingMb: 2048, dataBlocked: false }],
        }),
      ),
      http.post('*/api/accounts/116/deactivate', async ({ request }) => {
        bodies.push(await request.json());
        return HttpResponse.json({ id: 116, status: 'deactivated' });
      }),
    );
    fireEvent.click(await screen.findByTestId('account-deactivate'));
    const dialog = await screen.findByTestId('account-deactivate-dialog');
    expect((await within(dialog).findByTestId('deactivation-preview')).textContent).toContain(
      'orders with their amounts and payment references',
    );
    expect(within(dialog).getByTestId('deactivation-plans').textContent).toContain('2048 MB written off');
    expect(within(dialog).getByTestId('deactivation-refunds').textContent).toContain('Refund #11 on order #472');
    fireEvent.click(within(dialog).getByTestId('account-deactivate-review'));
    expect((await within(dialog).findAllByText('Required')).length).toBeGreaterThan(0);
    fireEvent.click(within(dialog).getByLabelText('Continue: finance decides them as usual'));
    fireEvent.change(within(dialog).getByLabelText(/^Reason/), { target: { value: 'abc' } });
    fireEvent.click(within(dialog).getByTestId('account-deactivate-review'));
    expect(await within(dialog).findByText('Must be 5 characters at least')).toBeTruthy();
    expect(within(dialog).queryByTestId('account-deactivate-confirm')).toBeNull();
    fireEvent.change(within(dialog).getByLabelText(/^Reason/), { target: { value: 'Customer asked by e-mail on 21 Nov' } });
    fireEvent.click(within(dialog).getByTestId('account-deactivate-review'));
    fireEvent.click(await within(dialog).findByTestId('account-deactivate-confirm'));
    await waitFor(() => expect(bodies).toEqual([{ reason: 'Customer asked by e-mail on 21 Nov', openRefunds: 'continue' }]));
  }, 40_000); // two dialogs' steps and a preview query: slow on a busy machine
});
