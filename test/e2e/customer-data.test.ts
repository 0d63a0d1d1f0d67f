import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { haveChromium, SCREENSHOTS, signIn, startConsole, type Console } from './harness.ts';

// Customer-data operations in Chromium (docs/ACCOUNTS.md "Customer data"), on the demo data.
describe.skipIf(!haveChromium)('customer-data operations in Chromium', () => {
  let app: Console;
  beforeAll(async () => {
    app = await startConsole();
  });
  afterAll(async () => {
    await app?.close();
  });

  const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `customer-data-${name}.png`) });
  async function supportPage() {
    const context = await app.browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-GB', acceptDownloads: true });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await signIn(page, app.baseUrl, 'support@kolet.demo');
    return { page, errors };
  }
  const open360 = async (page: Page, id: number) => {
    await page.goto(`${app.baseUrl}/#/accounts/${id}/show`);
    await page.getByTestId('account-identity').waitFor({ timeout: 30_000 });
  };

  // Issue 14, bug 4: deactivating left plans Active with alerts and a Block button, kept the referral code with the first name, and never mentioned the open refund.
  test('support processes a deletion request with an open refund: the refund is shown and closed with a reason; plans end, no Block button, referral code without the name', async () => {
    const request = await app.db('deletion_requests').where({ status: 'open' }).first();
    expect(request, 'the demo holds an open deletion request').toBeTruthy();
    const refund = await app.db('refunds').where({ account_id: request.account_id, status: 'requested' }).first();
    expect(refund, 'on a customer with an open refund').toBeTruthy();
    const { page, errors } = await supportPage();
    await page.goto(`${app.baseUrl}/#/deletion-requests`);
    const process = page.getByTestId(`process-deletion-${request.id}`);
    await process.waitFor({ timeout: 30_000 });
    await process.click();
    const dialog = page.getByTestId('account-deactivate-dialog');
    await dialog.getByTestId('deactivation-refunds').waitFor({ timeout: 30_000 });
    expect(await dialog.getByTestId('deactivation-refunds').textContent()).toContain(`Refund #${refund.id}`);
    await shot(page, 'deletion-1-refund-shown');
    await dialog.getByLabel('Close them with a reason').check();
    await dialog.getByLabel('Why they are closed').fill('The customer closed the account from the app');
    await dialog.getByTestId('account-deactivate-review').click();
    expect(await dialog.getByTestId('account-deactivate-question').textContent()).toContain('is closed');
    await dialog.getByTestId('account-deactivate-confirm').click();
    await dialog.waitFor({ state: 'detached', timeout: 30_000 });
    await expect
      .poll(async () => (await app.db('deletion_requests').where({ id: request.id }).first()).status, { timeout: 15_000 })
      .toBe('completed');
    expect((await app.db('refunds').where({ id: refund.id }).first()).status).toBe('rejected');

    await open360(page, request.account_id);
    await page.getByTestId('account-deactivated').waitFor({ timeout: 30_000 });
    const plans = await app.db('account_plans').where({ account_id: request.account_id });
    for (const plan of plans.filter((p) => p.status === 'cancelled')) {
      expect(await page.getByTestId(`plan-block-${plan.id}`).count()).toBe(0);
      expect(await page.getByTestId(`plan-alerts-${plan.id}`).count()).toBe(0);
    }
    expect(plans.some((p) => p.status === 'active')).toBe(false);
    expect(await page.getByTestId('account-identity').textContent()).toContain(`CLOSED${request.account_id}`);
    await shot(page, 'deletion-2-360-after');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('support corrects an e-mail and the transfer pending for the corrected address is delivered', async () => {
    const pending = await app.db('transfers').where({ status: 'pending' }).whereNull('corrects_transfer_id').orderBy('id').first();
    expect(pending, 'the demo holds a pending transfer').toBeTruthy();
    const customer = await app.db('accounts').where({ status: 'active' }).whereNot({ id: pending.sender_account_id }).orderBy('id').first();
    const { page, errors } = await supportPage();
    await open360(page, customer.id);
    await page.getByTestId('account-correct').click();
    const dialog = page.getByTestId('account-correct-dialog');
    await dialog.getByLabel('E-mail').fill(pending.recipient_email.toUpperCase());
    await dialog.getByLabel('Reason').fill('Typo at sign-up, confirmed on the phone');
    await dialog.getByTestId('account-correct-review').click();
    expect(await dialog.getByTestId('account-correct-question').textContent()).toContain(pending.recipient_email.toUpperCase());
    await dialog.getByTestId('account-correct-confirm').click();
    await dialog.waitFor({ state: 'detached', timeout: 30_000 });
    await expect.poll(async () => page.getByTestId('account-email').textContent(), { timeout: 15_000 }).toBe(pending.recipient_email);
    expect(await app.db('transfers').where({ id: pending.id }).first()).toMatchObject({
      status: 'delivered',
      recipient_account_id: customer.id,
    });
    expect(
      await app.db('messages').where({ account_id: customer.id }).whereIn('template', ['email_corrected_old', 'email_corrected_new']),
    ).toHaveLength(2);
    await shot(page, 'correct-email');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("support exports a customer's data: the ZIP holds JSON that parses and names every table", async () => {
    const request = await app.db('access_requests').where({ status: 'open' }).first();
    expect(request, 'the demo holds an open access request').toBeTruthy();
    const { page, errors } = await supportPage();
    await page.goto(`${app.baseUrl}/#/access-requests`);
    const button = page.getByTestId(`export-data-${request.id}`);
    await button.waitFor({ timeout: 30_000 });
    await shot(page, 'access-queue');
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    const file = await download.path();
    const zip = await JSZip.loadAsync(fs.readFileSync(file!));
    const data = JSON.parse(await zip.file('data.json')!.async('string'));
    expect(data.accountId).toBe(request.account_id);
    expect(Object.keys(data.tables)).toEqual(
      expect.arrayContaining([
        'accounts',
        'account_email_changes',
        'esims',
        'account_plans',
        'data_ledger',
        'usage_records',
        'usage_alerts',
        'blocks',
        'orders',
        'transfers',
        'refunds',
        'goodwill_credits',
        'referrals',
        'promo_redemptions',
        'reviews',
        'review_reports',
        'dsa_notices',
        'messages',
        'deletion_requests',
        'access_requests',
        'audit_log',
      ]),
    );
    expect(await zip.file('summary.html')!.async('string')).toContain('<h2>accounts (1)</h2>');
    await expect
      .poll(async () => (await app.db('access_requests').where({ id: request.id }).first()).status, { timeout: 15_000 })
      .toBe('fulfilled');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('support credits 1 GB after a fix and the 360 shows it gifted, not sendable', async () => {
    const fixed = await app
      .db('transfers as t')
      .join('account_plans as p', 'p.account_id', 't.sender_account_id')
      .join('accounts as a', 'a.id', 't.sender_account_id')
      .whereIn('t.status', ['redirected', 'reversed'])
      .where({ 'p.status': 'active', 'a.status': 'active', 'p.unlimited': false, 'p.data_blocked': false, 'a.data_blocked': false })
      .orderBy('t.id', 'desc')
      .first('t.id as transferId', 'p.id as planId', 'a.id as accountId', 'p.data_gifted_mb as giftedBefore');
    expect(fixed, 'the demo holds a fixed transfer whose sender has an active plan').toBeTruthy();
    const { page, errors } = await supportPage();
    await open360(page, fixed.accountId);
    await page.getByTestId('section-plans').waitFor({ timeout: 30_000 });
    // The first plan the 360 offers goodwill on (an active plan of the sender).
    const button = page.locator('[data-testid^="plan-goodwill-"]').first();
    await button.waitFor({ timeout: 30_000 });
    fixed.planId = Number((await button.getAttribute('data-testid'))!.replace('plan-goodwill-', ''));
    fixed.giftedBefore = (await app.db('account_plans').where({ id: fixed.planId }).first()).data_gifted_mb;
    await button.click();
    const dialog = page.getByTestId('plan-goodwill-dialog');
    await dialog.getByLabel('Transfer compensated').fill(String(fixed.transferId));
    await dialog.getByTestId('plan-goodwill-review').click();
    await shot(page, 'goodwill-1-confirm');
    await dialog.getByTestId('plan-goodwill-confirm').click();
    await dialog.waitFor({ state: 'detached', timeout: 30_000 });
    await expect
      .poll(async () => (await app.db('account_plans').where({ id: fixed.planId }).first()).data_gifted_mb, { timeout: 15_000 })
      .toBe(fixed.giftedBefore + 1024);
    const row = page.getByTestId(`plan-sendable-${fixed.planId}`).locator('xpath=ancestor::tr');
    await expect.poll(async () => row.textContent(), { timeout: 15_000 }).toMatch(/gifted, not sendable/);
    expect(
      await app.db('goodwill_credits').where({ account_plan_id: fixed.planId, transfer_id: fixed.transferId, status: 'credited' }),
    ).not.toHaveLength(0);
    await shot(page, 'goodwill-360');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
