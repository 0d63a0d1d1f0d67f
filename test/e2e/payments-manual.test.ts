// The manual provider in the browser (no STRIPE_SECRET_KEY, the demo): finance records a chargeback from the
// order's page and later the bank's decision on the dispute; the dashboard's card shows a payout difference the
// reconciliation found, links to its list, and finance explains it there.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { haveChromium, SCREENSHOTS, signIn, startConsole, type Console } from './harness.ts';

describe.skipIf(!haveChromium)('chargebacks by hand and payout differences, in Chromium', () => {
  let app: Console;
  beforeAll(async () => {
    app = await startConsole();
  });
  afterAll(async () => {
    await app?.close();
  });

  test('finance records a chargeback on an order, then the bank decides it won: the order comes back', async () => {
    const order = await app
      .db('orders')
      .where({ status: 'paid' })
      .where('amount_cents', '>', 0)
      .whereNotExists(app.db('disputes').whereRaw('disputes.order_id = orders.id'))
      .whereNotExists(app.db('refunds').whereRaw('refunds.order_id = orders.id'))
      .orderBy('id')
      .first();
    expect(order).toBeTruthy();
    const context = await app.browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-GB' });
    const page = await context.newPage();
    await signIn(page, app.baseUrl, 'finance@kolet.demo');
    await page.goto(`${app.baseUrl}/#/orders/${order.id}/show`);
    await page.getByTestId('record-dispute').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^Reason/).fill('fraudulent');
    await dialog.getByLabel(/^Evidence due by/).fill('2099-01-15T10:00');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'payments-manual-0-record-dispute.png'), fullPage: true });
    await dialog.getByTestId('record-dispute-review').click();
    expect(await dialog.getByTestId('record-dispute-question').textContent()).toMatch(new RegExp(`chargeback of .* on order #${order.id}`));
    await dialog.getByTestId('record-dispute-confirm').click();
    await dialog.waitFor({ state: 'detached', timeout: 30_000 });
    // On the dispute's page, open; the order is disputed.
    const dispute = await app.db('disputes').where({ order_id: order.id }).first();
    expect(dispute).toMatchObject({ source: 'manual', status: 'open', amount_cents: order.amount_cents, reason: 'fraudulent' });
    expect(dispute.evidence_due_by).toBeTruthy();
    await page.waitForURL(new RegExp(`#/disputes/${dispute.id}/show`), { timeout: 30_000 });
    expect((await app.db('orders').where({ id: order.id }).first()).status).toBe('disputed');

    await page.getByTestId('dispute-won').click();
    const close = page.getByRole('dialog');
    await close.getByLabel(/^Outcome note/).fill('The bank accepted our evidence');
    await close.getByTestId('close-dispute-review').click();
    expect(await close.getByTestId('close-dispute-question').textContent()).toMatch(/as won\?/);
    await close.getByTestId('close-dispute-confirm').click();
    await close.waitFor({ state: 'detached', timeout: 30_000 });
    await expect.poll(async () => (await app.db('disputes').where({ id: dispute.id }).first()).status, { timeout: 15_000 }).toBe('won');
    expect((await app.db('orders').where({ id: order.id }).first()).status).toBe('paid');
    await page.getByText(/^Won: the payment stays/).waitFor({ timeout: 15_000 });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'payments-manual-1-dispute-won.png'), fullPage: true });
    const audit = await app
      .db('audit_log')
      .where({ entity: 'disputes', entity_id: String(dispute.id) })
      .orderBy('id')
      .select('action');
    expect(audit.map((a) => a.action)).toEqual(['disputes.open', 'disputes.won']);
    await context.close();
  });

  test('a payout difference on the dashboard card: its link lists it, finance explains it, the card empties', async () => {
    const [row] = await app.db('payout_discrepancies').insert(
      {
        provider: 'stripe',
        provider_reference: 're_e2e_dashboard',
        kind: 'unknown_here',
        detail: JSON.stringify({ amountCents: 700, status: 'succeeded' }),
        found_at: new Date().toISOString(),
      },
      ['id'],
    );
    const id = Number(typeof row === 'object' ? row.id : row);
    const context = await app.browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-GB' });
    const page = await context.newPage();
    await signIn(page, app.baseUrl, 'finance@kolet.demo');
    await page.goto(`${app.baseUrl}/#/`);
    const count = page.getByTestId('stat-count-payoutDifferences');
    await count.waitFor({ timeout: 30_000 });
    const before = Number(await count.textContent());
    expect(before).toBeGreaterThanOrEqual(1);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'payments-manual-2-difference-card.png'), fullPage: true });
    await page.getByTestId('stat-card-payoutDifferences').click();
    await page.getByTestId(`explain-${id}`).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^Explanation/).fill('Refunded by hand in the Stripe Dashboard for a goodwill gesture');
    await dialog.getByTestId('explain-discrepancy-review').click();
    await dialog.getByTestId('explain-discrepancy-confirm').click();
    await dialog.waitFor({ state: 'detached', timeout: 30_000 });
    await expect
      .poll(async () => (await app.db('payout_discrepancies').where({ id }).first()).explanation, { timeout: 15_000 })
      .toMatch(/goodwill gesture/);
    await page.getByTestId(`explain-${id}`).waitFor({ state: 'detached', timeout: 15_000 });
    await page.goto(`${app.baseUrl}/#/`);
    await expect
      .poll(async () => Number(await page.getByTestId('stat-count-payoutDifferences').textContent()), { timeout: 15_000 })
      .toBe(before - 1);
    expect(
      await app
        .db('audit_log')
        .where({ entity: 'payout-discrepancies', entity_id: String(id) })
        .first(),
    ).toMatchObject({
      action: 'payout-discrepancies.explain',
      actor_email: 'finance@kolet.demo',
    });
    await context.close();
  });
});
