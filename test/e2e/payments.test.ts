// Stripe in the browser (the fake of test/support/fakeStripe.ts behind the real SDK): finance approves a refund,
// the worker sends it at once, Stripe's webhook settles it, the case shows "Paid out" with its credit note, and
// the credit note PDF is rendered in Chromium (pdfjs on a canvas). The dispute queue shows a chargeback.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { disputeObject, startFakeStripe, type FakeStripe } from '../support/fakeStripe.ts';
import { haveChromium, SCREENSHOTS, signIn, startConsole, type Console } from './harness.ts';

const PDFJS = path.resolve(import.meta.dirname, '../../node_modules/pdfjs-dist/legacy/build');

describe.skipIf(!haveChromium)('refunds paid through Stripe, in Chromium', () => {
  let fake: FakeStripe;
  let app: Console;
  beforeAll(async () => {
    fake = await startFakeStripe();
    app = await startConsole({
      STRIPE_SECRET_KEY: fake.secretKey,
      STRIPE_WEBHOOK_SECRET: fake.webhookSecret,
      STRIPE_API_BASE: fake.baseUrl,
    });
  });
  afterAll(async () => {
    await app?.close();
    await fake?.close();
  });

  test('approved in the console → sent to Stripe → paid out by the webhook; the credit note renders; a dispute is in the queue', async () => {
    const picked = await app
      .db('refunds')
      .where({ status: 'requested' })
      .whereIn('eligibility', ['full', 'partial'])
      .where('proposed_amount_cents', '>', 0)
      .where('proposed_amount_cents', '<=', 10_000)
      .orderBy('decision_due_at')
      .orderBy('id')
      .first();
    expect(picked).toBeTruthy();
    fake.script.push('pending');
    const context = await app.browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-GB' });
    const page = await context.newPage();
    await signIn(page, app.baseUrl, 'finance@kolet.demo');
    await page.goto(`${app.baseUrl}/#/refunds/${picked.id}/show`);
    await page.getByTestId('refund-action-approve').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^Amount to refund/).waitFor({ timeout: 15_000 });
    await dialog.getByTestId('approve-review').click();
    await dialog.getByTestId('approve-confirm').click();
    await dialog.waitFor({ state: 'detached', timeout: 30_000 });
    // The provider holds it: "Payout pending", no payout button.
    await expect
      .poll(() => page.getByTestId('refund-summary').getByTestId('refund-status').textContent(), { timeout: 15_000 })
      .toBe('Payout pending');
    await expect
      .poll(async () => (await app.db('refund_payouts').where({ refund_id: picked.id }).first())?.status, { timeout: 15_000 })
      .toBe('pending');
    expect(await page.getByTestId('refund-next-step').textContent()).toMatch(/payment provider is refunding/);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'payments-0-payout-pending.png'), fullPage: true });

    // Stripe's webhook settles it.
    const payout = await app.db('refund_payouts').where({ refund_id: picked.id }).first();
    const e = fake.event('refund.updated', fake.setStatus(payout.provider_reference, 'succeeded'));
    expect((await fake.deliver(`${app.baseUrl}/api/webhooks/stripe`, e)).status).toBe(200);
    await expect.poll(async () => (await app.db('refunds').where({ id: picked.id }).first()).status, { timeout: 15_000 }).toBe('paid_out');
    await page.reload();
    await expect
      .poll(() => page.getByTestId('refund-summary').getByTestId('refund-status').textContent(), { timeout: 15_000 })
      .toBe('Paid out');
    const link = page.getByTestId('refund-credit-note');
    expect(await link.getAttribute('href')).toBe(`/api/refunds/${picked.id}/credit-note.pdf`);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'payments-1-paid-out.png'), fullPage: true });

    // The credit note, rendered by pdfjs in the page (same origin, the session's cookie).
    await page.route('**/__pdfjs/*', (route) =>
      route.fulfill({ path: path.join(PDFJS, path.basename(new URL(route.request().url()).pathname)), contentType: 'text/javascript' }),
    );
    await page.goto(`${app.baseUrl}/healthz`);
    // A string, not a function: Vitest would rewrite a function's dynamic import for Node.
    const url = `${app.baseUrl}/api/refunds/${picked.id}/credit-note.pdf`;
    const text = (await page.evaluate(`(async () => {
      const pdfjs = await import(location.origin + '/__pdfjs/pdf.mjs');
      pdfjs.GlobalWorkerOptions.workerSrc = location.origin + '/__pdfjs/pdf.worker.mjs';
      const doc = await pdfjs.getDocument({ url: ${JSON.stringify(url)}, isEvalSupported: false }).promise;
      const pdfPage = await doc.getPage(1);
      const viewport = pdfPage.getViewport({ scale: 1.2 });
      const canvas = document.createElement('canvas');
      canvas.width = viewport.width; canvas.height = viewport.height;
      document.body.innerHTML = '';
      document.body.appendChild(canvas);
      await pdfPage.render({ canvasContext: canvas.getContext('2d'), viewport, canvas }).promise;
      const content = await pdfPage.getTextContent();
      return content.items.map((i) => i.str || '').join('\\n');
    })()`)) as string;
    expect(text).toMatch(/AVOIR N° AV-\d{4}-\d{6}/);
    expect(text).toContain('KOLET SAS');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'payments-2-credit-note.png'), fullPage: true });

    // A chargeback on another order: in the disputes queue, its plan stopped.
    const order = await app
      .db('orders')
      .where({ status: 'paid' })
      .where('amount_cents', '>', 0)
      .whereNotExists(app.db('disputes').whereRaw('disputes.order_id = orders.id'))
      .orderBy('id')
      .first();
    const dp = disputeObject({ paymentIntent: order.payment_reference, amount: order.amount_cents, status: 'needs_response' });
    expect((await fake.deliver(`${app.baseUrl}/api/webhooks/stripe`, fake.event('charge.dispute.created', dp))).status).toBe(200);
    await expect
      .poll(async () => (await app.db('disputes').where({ provider_dispute_id: dp.id }).first())?.status, { timeout: 15_000 })
      .toBe('open');
    expect((await app.db('orders').where({ id: order.id }).first()).status).toBe('disputed');
    await page.goto(`${app.baseUrl}/#/disputes`);
    const dispute = await app.db('disputes').where({ provider_dispute_id: dp.id }).first();
    await page.locator('tbody .RaDataTable-row').first().waitFor({ timeout: 30_000 });
    await page.goto(`${app.baseUrl}/#/disputes/${dispute.id}/show`);
    await page.getByTestId('dispute-evidence').waitFor({ timeout: 30_000 });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'payments-3-dispute.png'), fullPage: true });
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await context.close();
  });

  test('Stripe refuses a payout: the case is "Payout failed"; paying again asks for no reference and queues a new attempt that Stripe pays', async () => {
    const picked = await app
      .db('refunds')
      .where({ status: 'requested' })
      .whereIn('eligibility', ['full', 'partial'])
      .where('proposed_amount_cents', '>', 0)
      .where('proposed_amount_cents', '<=', 10_000)
      .orderBy('decision_due_at')
      .orderBy('id')
      .first();
    expect(picked).toBeTruthy();
    fake.script.push('card_error');
    const context = await app.browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-GB' });
    const page = await context.newPage();
    await signIn(page, app.baseUrl, 'finance@kolet.demo');
    await page.goto(`${app.baseUrl}/#/refunds/${picked.id}/show`);
    await page.getByTestId('refund-action-approve').click();
    const approve = page.getByRole('dialog');
    await approve.getByLabel(/^Amount to refund/).waitFor({ timeout: 15_000 });
    await approve.getByTestId('approve-review').click();
    await approve.getByTestId('approve-confirm').click();
    await approve.waitFor({ state: 'detached', timeout: 30_000 });
    await expect.poll(async () => (await app.db('refunds').where({ id: picked.id }).first()).status, { timeout: 15_000 }).toBe('failed');
    await page.reload();
    await page.getByTestId('refund-action-payout').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('payout-through-provider').waitFor({ timeout: 15_000 });
    expect(await dialog.getByRole('heading').textContent()).toBe(`Pay refund #${picked.id} again through Stripe`);
    expect(await dialog.getByLabel(/^Payment provider reference/).count()).toBe(0);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'payments-4-pay-again.png'), fullPage: true });
    await dialog.getByTestId('payout-review').click();
    await dialog.getByTestId('payout-confirm').click();
    await dialog.waitFor({ state: 'detached', timeout: 30_000 });
    await expect.poll(async () => (await app.db('refunds').where({ id: picked.id }).first()).status, { timeout: 15_000 }).toBe('paid_out');
    const attempts = await app.db('refund_payouts').where({ refund_id: picked.id }).orderBy('id');
    expect(attempts.map((p) => [p.attempt, p.status])).toEqual([
      [1, 'failed'],
      [2, 'succeeded'],
    ]);
    expect(attempts[0].idempotency_key).not.toBe(attempts[1].idempotency_key);
    await context.close();
  });
});
