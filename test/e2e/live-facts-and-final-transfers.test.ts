// Issue 12 in Chromium: a refund decided on the facts as they are now, and a transfer that is final.
// The state is made through the integration API, as the customer app makes it, inside each test.
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { centsToEuroText } from '../../client/src/units.ts';
import { haveChromium, SCREENSHOTS, signIn, startConsole, type Console } from './harness.ts';

describe.skipIf(!haveChromium)('the terms hold under real sequences, in Chromium', () => {
  let app: Console;
  beforeAll(async () => {
    app = await startConsole();
  });
  afterAll(async () => {
    await app?.close();
  });

  // Full pages, except with a dialog open (its backdrop only covers the viewport).
  const shot = (page: Page, name: string, fullPage = true) =>
    page.screenshot({ path: path.join(SCREENSHOTS, `live-facts-${name}.png`), fullPage });
  /** Text a missing translation would leave on screen: the key itself. */
  const RAW_KEY = /\b(resources|enums|ra|errors)\.[a-z_-]+\.?[a-z_]/;

  /** The customer app: POST /api/integration/<path> with the demo service token. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async function customerApp<T = Record<string, any>>(what: string, body: unknown): Promise<T> {
    const res = await fetch(`${app.baseUrl}/api/integration/${what}`, {
      method: 'POST',
      headers: { authorization: 'Bearer demo-integration-token', 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(res.status, `${what}: ${await res.clone().text()}`).toBe(201);
    return res.json() as Promise<T>;
  }
  const iccid = () => `8933${Date.now()}${Math.floor(Math.random() * 1e5)}`.slice(0, 19);
  /** A customer with a 10 GB plan, installed and activated. */
  async function customerWithPlan(name: string) {
    const plan = await app
      .db('plans as p')
      .join('countries as c', 'c.code', 'p.country_code')
      .where({ 'p.status': 'active', 'p.data_mb': 10_240, 'p.promotional': false, 'c.available': true })
      .orderBy('p.id')
      .first('p.id', 'p.price_cents');
    const account = await customerApp('accounts', { email: `${name}.${randomUUID().slice(0, 6)}@gmail.com` });
    const order = await customerApp('orders', {
      accountId: account.id,
      planId: plan.id,
      paymentMethod: 'card',
      paymentReference: `pi_e2e_${randomUUID().slice(0, 12)}`,
      channel: 'app',
    });
    await customerApp(`account-plans/${order.accountPlanId}/install`, { iccid: iccid(), device: 'iPhone 16' });
    await customerApp(`account-plans/${order.accountPlanId}/activate`, {});
    return { account, order, priceCents: plan.price_cents as number };
  }

  test('finance opens a refund asked at 0.5 % used; the customer keeps surfing past 1 %; the dialog shows the change and refuses the old amount', async () => {
    const { order, priceCents } = await customerWithPlan('lea.girard');
    await customerApp('usage', { accountPlanId: order.accountPlanId, mb: 51, country: 'JP' }); // 0.5 % of 10 GB
    const refund = await customerApp('refund-requests', { orderId: order.id, reason: 'The network never worked in Osaka' });
    const proposed = Math.floor((priceCents * (10_240 - 51)) / 10_240);
    expect(refund).toMatchObject({ eligibility: 'partial', proposedAmountCents: proposed });

    const context = await app.browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-GB' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await signIn(page, app.baseUrl, 'finance@kolet.demo');

    // The case: the facts when asked beside the facts now, nothing moved yet.
    await page.goto(`${app.baseUrl}/#/refunds/${refund.id}/show`);
    await page.getByTestId('refund-facts-comparison').waitFor({ timeout: 30_000 });
    await page.getByTestId('verdict-change').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('refund-facts').getByTestId('verdict-change').textContent()).toBe(
      'Nothing changed since the request: the verdict stands.',
    );
    await page.waitForLoadState('networkidle');
    expect(await page.locator('body').innerText()).not.toMatch(RAW_KEY);
    await shot(page, '0-case-as-asked');

    // Approve: the proposal is pre-filled; the threshold is named (a small refund: one approval decides).
    await page.getByTestId('refund-action-approve').click();
    const dialog = page.getByRole('dialog');
    const amount = dialog.getByLabel(/^Amount to refund/);
    await amount.waitFor({ timeout: 30_000 });
    expect(await amount.inputValue()).toBe(centsToEuroText(proposed));
    expect(await dialog.getByTestId('four-eyes-hint').textContent()).toBe(
      'Refunds above €100.00 need a second, different finance approver (four eyes).',
    );
    await shot(page, '1-approve-form', false);
    await dialog.getByTestId('approve-review').click();
    expect(await dialog.getByTestId('four-eyes-hint').textContent()).toBe(
      'Within the four-eyes threshold (€100.00): your approval decides the refund, which is then due for payout within 30 days.',
    );
    await shot(page, '1-approve-question', false);

    // Meanwhile the customer keeps surfing: 201 MB, 1.96 % of the plan.
    await customerApp('usage', { accountPlanId: order.accountPlanId, mb: 150, country: 'JP' });

    // The old amount is refused: the API re-assessed the request inside the decision.
    await dialog.getByTestId('approve-confirm').click();
    const failure = dialog.getByTestId('action-failure');
    await failure.waitFor({ timeout: 30_000 });
    expect(await failure.textContent()).toContain(
      'As things stand now this request is not eligible under the terms: only an administrator can approve it. Go back to see what changed.',
    );
    expect(page.url()).toContain(`#/refunds/${refund.id}/show`);
    await shot(page, '2-old-amount-refused', false);

    // Back: the dialog shows what changed, and no longer offers an amount to finance.
    await dialog.getByRole('button', { name: 'Go Back' }).click();
    await dialog.getByTestId('approve-admin-only').waitFor({ timeout: 30_000 });
    await expect
      .poll(() => dialog.getByTestId('verdict-change').textContent(), { timeout: 15_000 })
      .toBe(
        `Since the request the verdict changed: Partial refund (€${centsToEuroText(proposed)}) → Not eligible. What moved: data used, consumed (terms: under 1 %). The decision rests on the facts as they are now.`,
      );
    expect(await dialog.getByTestId('verdict-row-dataUsedMb').getAttribute('data-changed')).toBe('true');
    expect(await dialog.getByTestId('verdict-row-dataUsedMb').textContent()).toBe('Data usedChanged51 MB201 MB');
    expect(await dialog.getByLabel(/^Amount to refund/).count()).toBe(0);
    expect(await dialog.getByTestId('approve-review').isDisabled()).toBe(true);
    expect(await page.locator('body').innerText()).not.toMatch(RAW_KEY);
    await shot(page, '3-approve-now', false);

    // Nothing was granted; the plan is still the customer's.
    expect(await app.db('refunds').where({ id: refund.id }).first()).toMatchObject({ status: 'requested', amount_cents: null });
    expect(await app.db('refund_approvals').where({ refund_id: refund.id })).toEqual([]);

    // Rejecting it keeps the facts of the decision beside those of the request.
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await page.getByTestId('refund-action-reject').click();
    await dialog.getByTestId('decision-assessment').waitFor({ timeout: 30_000 });
    expect(await dialog.getByRole('combobox').textContent()).toBe('Data used');
    await dialog.getByTestId('reject-review').click();
    await dialog.getByTestId('reject-confirm').click();
    await dialog.waitFor({ state: 'detached', timeout: 30_000 });
    await expect
      .poll(() => page.getByTestId('refund-facts-comparison').locator('thead').textContent(), { timeout: 15_000 })
      .toMatch(/^When asked.*At the decision/);
    const decided = await app.db('refunds').where({ id: refund.id }).first();
    expect(decided.status).toBe('rejected');
    expect(JSON.parse(decided.decision_facts).facts.dataUsedMb).toBe(201);
    await page.getByText(/rejected$/).waitFor({ state: 'detached', timeout: 15_000 });
    await page.waitForLoadState('networkidle');
    expect(await page.locator('body').innerText()).not.toMatch(RAW_KEY);
    await shot(page, '4-case-decided');

    expect(errors).toEqual([]);
    await context.close();
  });

  test('support is asked to reverse a delivered transfer because the sender changed his mind: the dialog says it is final and what to tell the customer', async () => {
    const sender = await customerWithPlan('hugo.lambert');
    const friend = await customerApp('accounts', { email: `chloe.martin.${randomUUID().slice(0, 6)}@gmail.com` });
    const transfer = await customerApp('transfers', {
      senderAccountId: sender.account.id,
      sourceAccountPlanId: sender.order.accountPlanId,
      recipientEmail: friend.email,
      amountGb: 2,
    });
    expect(transfer.status).toBe('delivered');

    const context = await app.browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-GB' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await signIn(page, app.baseUrl, 'support@kolet.demo');

    await page.goto(`${app.baseUrl}/#/transfers/${transfer.id}/show`);
    await page.getByRole('button', { name: 'Fix transfer' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Return to the sender' }).click();
    await dialog.getByTestId('fix-plan').waitFor({ timeout: 30_000 });
    expect(await dialog.getByTestId('fix-recoverable').textContent()).toBe('2 GB');

    // The reasons: address errors first; "changed his mind" is apart, and choosing it says what to tell the customer.
    await dialog.getByRole('combobox').click();
    await page.getByRole('option', { name: 'The sender changed his mind' }).click();
    await page.getByRole('listbox').waitFor({ state: 'detached' });
    const advice = dialog.getByTestId('fix-final-advice');
    await advice.waitFor({ timeout: 15_000 });
    expect(await advice.textContent()).toBe(
      'Transfers are finalSupport fixes an address error, and only that. Tell the customer that the recipient can send the data back with “Send data to a friend” (while they have at least 1 GB left).Only an administrator can fix it anyway.',
    );
    await dialog.getByTestId('fix-intended-email').fill('someone.else@gmail.com');
    expect(await dialog.getByTestId('fix-review').isDisabled()).toBe(true);
    expect(await dialog.getByTestId('fix-override-reason').count()).toBe(0);
    expect(await page.locator('body').innerText()).not.toMatch(RAW_KEY);
    await shot(page, '5-change-of-mind', false);

    // The API says the same to support, had the console let it through (audited as a refused attempt).
    const refused = await page.evaluate(async (id) => {
      const res = await fetch(`/api/transfers/${id}/reverse`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'X-Kolet-CSRF': '1', 'Idempotency-Key': crypto.randomUUID() },
        body: JSON.stringify({
          intendedEmail: 'someone.else@gmail.com',
          reasonCode: 'changed_mind',
          reason: 'The sender changed his mind',
        }),
      });
      return { status: res.status, body: await res.json() };
    }, transfer.id);
    expect(refused).toMatchObject({ status: 422, body: { code: 'transfer_final' } });
    expect(await app.db('transfers').where({ id: transfer.id }).first()).toMatchObject({ status: 'delivered', fixed_at: null });

    // An address error is fixable: the same dialog lets support go on.
    await dialog.getByRole('combobox').click();
    await page.getByRole('option', { name: 'Typo in the e-mail address' }).click();
    await page.getByRole('listbox').waitFor({ state: 'detached' });
    await dialog.getByTestId('fix-final-advice').waitFor({ state: 'detached', timeout: 15_000 });
    expect(await dialog.getByTestId('fix-review').isDisabled()).toBe(false);
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    // The transfer's timeline tells the refused attempt.
    await page.reload();
    const attempt = page
      .getByTestId('transfer-timeline')
      .getByText(
        /^Support support@kolet\.demo asked to return it to the sender \(The sender changed his mind\): refused — transfers are final/,
      );
    await attempt.waitFor({ timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    expect(await page.locator('body').innerText()).not.toMatch(RAW_KEY);
    await shot(page, '6-transfer-timeline');

    expect(errors).toEqual([]);
    await context.close();
  });
});
