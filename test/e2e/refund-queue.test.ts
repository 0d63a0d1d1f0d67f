import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { centsToEuroText } from '../../client/src/units.ts';
import { haveChromium, SCREENSHOTS, signIn, startConsole, type Console } from './harness.ts';

const FOUR_EYES_THRESHOLD_CENTS = 10_000;

describe.skipIf(!haveChromium)('finance works the refund queue in Chromium', () => {
  let app: Console;
  beforeAll(async () => {
    app = await startConsole();
  });
  afterAll(async () => {
    await app?.close();
  });

  // Full pages, except with a dialog open (its backdrop only covers the viewport).
  const shot = (page: Page, name: string, fullPage = true) =>
    page.screenshot({ path: path.join(SCREENSHOTS, `refund-queue-${name}.png`), fullPage });
  /** Text a missing translation would leave on screen: the key itself. */
  const RAW_KEY = /\b(resources|enums|ra)\.[a-z_-]+\.[a-z_]/;
  const row = (page: Page, id: number) =>
    page.locator('tbody .RaDataTable-row').filter({ has: page.locator('td.column-id', { hasText: new RegExp(`^${id}$`) }) });

  test('an eligible request under 100 €: approved with the proposed amount, paid out, then done', async () => {
    // The eligible request to decide first (nearest deadline) that one approval settles (no four eyes).
    const picked = await app
      .db('refunds')
      .where({ status: 'requested' })
      .whereIn('eligibility', ['full', 'partial'])
      .where('proposed_amount_cents', '>', 0)
      .where('proposed_amount_cents', '<=', FOUR_EYES_THRESHOLD_CENTS)
      .orderBy('decision_due_at')
      .orderBy('id')
      .first();
    expect(picked, 'the demo has an eligible request to decide').toBeTruthy();
    const orderBefore = await app.db('orders').where({ id: picked.order_id }).first();
    const amount = centsToEuroText(picked.proposed_amount_cents);
    const reference = `re_e2e${picked.id}Kx9Q`;

    const context = await app.browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-GB' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await signIn(page, app.baseUrl, 'finance@kolet.demo');

    // The queue opens on "To decide", with a live count on every tab, the nearest deadline first.
    await page.locator('.RaSidebar-fixed a[href="#/refunds"], .MuiDrawer-root a[href="#/refunds"]').first().click();
    await page.waitForSelector('tbody .RaDataTable-row', { timeout: 30_000 });
    for (const tab of ['To decide', 'Awaiting second approval', 'To pay out', 'Failed', 'Done']) {
      await expect.poll(() => page.getByRole('tab', { name: new RegExp(`^${tab} \\(\\d+\\)$`) }).count(), { timeout: 15_000 }).toBe(1);
    }
    expect(await page.getByRole('tab', { selected: true }).textContent()).toMatch(/^To decide \(\d+\)$/);
    await row(page, picked.id).waitFor({ timeout: 30_000 });
    // The demo has requests past their deadline, and some due today.
    expect(await page.getByTestId('refund-overdue').count()).toBeGreaterThan(0);
    await page.waitForLoadState('networkidle');
    expect(await page.locator('body').innerText()).not.toMatch(RAW_KEY);
    await shot(page, '0-queue');

    // The CSV export of the tab: the useful columns, amounts in euros with two decimals, times in ISO 8601.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export' }).click()]);
    const csv = fs
      .readFileSync(await download.path(), 'utf8')
      .trim()
      .split('\n');
    expect(csv[0]).toBe(
      'id,status,order_id,customer_email,source,requested_at,eligibility,eligibility_reasons,proposed_eur,amount_eur,deadline_at,overdue,decision_due_at,decided_at,reject_reason,payout_due_at,payout_method,payout_reference,paid_out_at,failure_reason',
    );
    const exported = csv.find((line) => line.startsWith(`${picked.id},requested,${picked.order_id},`));
    expect(exported).toContain(`,${amount},`);
    expect(exported).toMatch(/,\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z,/);
    expect(csv).toHaveLength(
      1 +
        (await app
          .db('refunds')
          .where({ status: 'requested' })
          .count({ n: '*' })
          .then(([r]) => Number(r!.n))),
    );

    // The case: verdict and why, the order, the plan, the clocks, the history.
    await row(page, picked.id).locator('td').first().click();
    await page.waitForFunction((id) => location.hash === `#/refunds/${id}/show`, picked.id, { timeout: 30_000 });
    await page.getByTestId('refund-reasons').locator('li').first().waitFor({ timeout: 30_000 });
    await page.getByTestId('order-amount').waitFor({ timeout: 30_000 });
    await page.getByTestId('plan-total').or(page.getByText('This order made no plan.')).waitFor({ timeout: 30_000 });
    await page.getByTestId('history-requested').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('refund-reasons').textContent()).toMatch(/terms: /);
    await page.waitForLoadState('networkidle');
    expect(await page.locator('body').innerText()).not.toMatch(RAW_KEY);
    await shot(page, '1-case');

    // Approve: the amount is pre-filled with the proposal; review, confirm.
    await page.getByTestId('refund-action-approve').click();
    const dialog = page.getByRole('dialog');
    const amountInput = dialog.getByLabel(/^Amount to refund/);
    await amountInput.waitFor({ timeout: 15_000 });
    expect(await amountInput.inputValue()).toBe(amount);
    await shot(page, '2-approve-dialog', false);
    await dialog.getByTestId('approve-review').click();
    expect(await dialog.getByTestId('approve-question').textContent()).toContain(`€${amount.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`);
    await dialog.getByTestId('approve-confirm').click();
    await dialog.waitFor({ state: 'detached', timeout: 30_000 });
    await expect
      .poll(() => page.getByTestId('refund-summary').getByTestId('refund-status').textContent(), { timeout: 15_000 })
      .toBe('Approved');
    await page.getByTestId('history-approval').waitFor({ timeout: 15_000 });

    // "To pay out": the case is there; record the payout with the provider's reference.
    await page.goto(`${app.baseUrl}/#/refunds`);
    await page.getByRole('tab', { name: /^To pay out/ }).click();
    await row(page, picked.id).waitFor({ timeout: 30_000 });
    await row(page, picked.id).locator('td').first().click();
    await page.waitForFunction((id) => location.hash === `#/refunds/${id}/show`, picked.id, { timeout: 30_000 });
    await page.getByTestId('refund-action-payout').click();
    await dialog.getByLabel(/^Payment provider reference/).fill(reference);
    await dialog.getByTestId('payout-review').click();
    expect(await dialog.getByTestId('payout-question').textContent()).toContain(reference);
    await dialog.getByTestId('payout-confirm').click();
    await dialog.waitFor({ state: 'detached', timeout: 30_000 });
    await expect
      .poll(() => page.getByTestId('refund-summary').getByTestId('refund-status').textContent(), { timeout: 15_000 })
      .toBe('Paid out');
    await page.getByTestId('history-payout').waitFor({ timeout: 15_000 });
    await page.getByText(/Payout of .* recorded/).waitFor({ state: 'detached', timeout: 15_000 });
    await page.waitForLoadState('networkidle');
    expect(await page.locator('body').innerText()).not.toMatch(RAW_KEY);
    await shot(page, '3-paid-out');

    // "Done": paid out, on top (the latest decision first).
    await page.goto(`${app.baseUrl}/#/refunds`);
    await page.getByRole('tab', { name: /^Done/ }).click();
    await row(page, picked.id).waitFor({ timeout: 30_000 });
    expect(await row(page, picked.id).getByTestId('refund-status').textContent()).toBe('Paid out');
    await page.waitForLoadState('networkidle');
    await shot(page, '4-done');

    // The database: paid out by that reference, one successful payout, the order refunded by the amount.
    const after = await app.db('refunds').where({ id: picked.id }).first();
    expect(after).toMatchObject({
      status: 'paid_out',
      amount_cents: picked.proposed_amount_cents,
      payout_reference: reference,
      decided_by_staff_id: expect.any(Number),
    });
    const payouts = await app.db('refund_payouts').where({ refund_id: picked.id });
    expect(payouts).toHaveLength(1);
    expect(payouts[0]).toMatchObject({
      status: 'succeeded',
      provider_reference: reference,
      amount_cents: picked.proposed_amount_cents,
      method: orderBefore.payment_method,
    });
    const orderAfter = await app.db('orders').where({ id: picked.order_id }).first();
    expect(orderAfter.refunded_cents).toBe(orderBefore.refunded_cents + picked.proposed_amount_cents);
    expect(orderAfter.status).toBe(orderAfter.refunded_cents === orderAfter.amount_cents ? 'refunded' : 'partially_refunded');

    expect(errors).toEqual([]);
    await context.close();
  });

  test('in French: an archived order over 120 € takes a refund request logged by finance; a case outside the terms says why', async () => {
    const open = app.db('refunds').whereIn('status', ['requested', 'awaiting_second_approval', 'approved', 'failed']).select('order_id');
    const archived = await app
      .db('orders')
      .whereNotNull('retain_until')
      .whereNotIn('id', open)
      .where('refunded_cents', 0)
      .orderBy('id')
      .first();
    expect(archived, 'the demo has an archived order without an open refund').toBeTruthy();
    const late = await app
      .db('refunds')
      .where({ status: 'requested', eligibility: 'not_eligible' })
      .whereLike('eligibility_reasons', '%late_request%')
      .orderBy('id')
      .first();
    const finance = await app.db('staff').where({ email: 'finance@kolet.demo' }).first();

    const context = await app.browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'fr-FR' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await signIn(page, app.baseUrl, 'finance@kolet.demo');

    // The order list marks archived orders, and finds them all with its filter; the order page too, with its (empty) refund requests.
    await page.goto(`${app.baseUrl}/#/orders?filter=${encodeURIComponent(JSON.stringify({ retainUntil_gte: '2000-01-01' }))}`);
    await page.getByTestId('order-archived').first().waitFor({ timeout: 30_000 });
    const kept = await app
      .db('orders')
      .whereNotNull('retain_until')
      .count({ n: '*' })
      .then(([r]) => Number(r!.n));
    await expect.poll(() => page.getByTestId('order-archived').count(), { timeout: 15_000 }).toBe(Math.min(kept, 10));
    await shot(page, '5-orders-archived-fr');
    await page.goto(`${app.baseUrl}/#/orders/${archived.id}/show`);
    await page.getByTestId('order-summary').getByText(archived.payment_reference).waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('order-archived').textContent()).toBe('Archivée 10 ans');
    await page.getByText('Aucune demande de remboursement sur cette commande.').waitFor({ timeout: 30_000 });

    // Log the customer's request (received now), review, confirm: the order lists it.
    await page.getByTestId('request-refund').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^Motif du client/).fill('Voyage annulé, eSIM jamais utilisée (appel du client).');
    await shot(page, '6-request-fr', false);
    await dialog.getByTestId('request-refund-review').click();
    expect(await dialog.getByTestId('request-question').textContent()).toContain(`commande n° ${archived.id}`);
    await dialog.getByTestId('request-refund-confirm').click();
    await dialog.waitFor({ state: 'detached', timeout: 30_000 });
    const logged = await app.db('refunds').where({ order_id: archived.id }).first();
    expect(logged).toMatchObject({ status: 'requested', source: 'agent', logged_by_staff_id: finance.id });
    await page.getByTestId('order-refunds').locator('tbody .RaDataTable-row').first().waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('order-refunds').locator('td.column-id').first().textContent()).toBe(String(logged.id));
    await page.getByText(/Demande de remboursement n° \d+ saisie/).waitFor({ state: 'detached', timeout: 15_000 });
    await page.waitForLoadState('networkidle');
    expect(await page.locator('body').innerText()).not.toMatch(RAW_KEY);
    await shot(page, '7-order-fr');

    // A late request: the reason cites the terms, finance cannot approve it and is told why.
    await page.goto(`${app.baseUrl}/#/refunds/${late.id}/show`);
    const reasons = page.getByTestId('refund-reasons');
    await reasons.locator('li').first().waitFor({ timeout: 30_000 });
    await expect
      .poll(() => reasons.textContent(), { timeout: 15_000 })
      .toMatch(/Demande faite \d+ jours après la commande \(conditions : dans les 30 jours\)\./);
    await page.getByTestId('order-amount').waitFor({ timeout: 30_000 });
    expect(await page.getByRole('button', { name: 'Accorder' }).isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Refuser' }).isDisabled()).toBe(false);
    await page.getByTestId('refund-why-not-approve').hover();
    await page
      .getByText('Non éligible selon les conditions : seul un administrateur peut l’accorder, avec un motif écrit')
      .waitFor({ timeout: 15_000 });
    await page.waitForLoadState('networkidle');
    expect(await page.locator('body').innerText()).not.toMatch(RAW_KEY);
    await shot(page, '8-case-not-eligible-fr');

    expect(errors).toEqual([]);
    await context.close();
  });
});
