import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { haveChromium, SCREENSHOTS, signIn, startConsole, type Console } from './harness.ts';

/** Text a missing translation would leave on screen: the key itself. */
const RAW_KEY = /\b(resources|enums|ra|units)\.[a-z_-]+\.[a-z_]/;
const BLOCK_REASON = 'Customer called: phone stolen at the airport';

interface Customer {
  id: number;
  email: string;
  name: string;
  phone: string;
  planId: number;
  planName: string;
}

/**
 * A customer a support agent would look up: active, with a name and a phone, an active plan with a
 * data count, used this month, not blocked and without a 75 % rule yet; and a part of the e-mail
 * that only they have, after a shorter one that several customers share.
 */
async function pickCustomer(db: Console['db']): Promise<{ customer: Customer; shared: string; unique: string }> {
  const since = new Date(Date.now() - 30 * 86_400_000).toISOString();
  const rows = await db('accounts as a')
    .join('account_plans as p', 'p.account_id', 'a.id')
    .where({ 'a.status': 'active', 'a.data_blocked': false, 'p.status': 'active', 'p.unlimited': false, 'p.data_blocked': false })
    .whereNotNull('a.phone')
    .whereNotNull('a.name')
    .whereExists(db('usage_records as u').whereRaw('u.account_plan_id = p.id').where('u.occurred_at', '>=', since))
    .whereNotExists(db('usage_alerts as x').whereRaw('x.account_plan_id = p.id').where('x.threshold_percent', 75))
    .select('a.id', 'a.email', 'a.name', 'a.phone', 'p.id as planId', 'p.name as planName')
    .orderBy('a.id');
  const emails: string[] = await db('accounts').pluck('email');
  const starting = (prefix: string) => emails.filter((e) => e.startsWith(prefix)).length;
  for (const r of rows as Customer[]) {
    const unique = r.email.slice(0, r.email.indexOf('@'));
    const shared = r.email.slice(0, 3);
    if (starting(unique) === 1 && starting(shared) > 1) return { customer: r, shared, unique };
  }
  throw new Error('The demo has no customer to look up');
}

describe.skipIf(!haveChromium)('support finds a customer, reads the 360, blocks a plan and adds an alert rule in Chromium', () => {
  let app: Console;
  let lookup: Awaited<ReturnType<typeof pickCustomer>>;
  beforeAll(async () => {
    app = await startConsole();
    lookup = await pickCustomer(app.db);
  });
  afterAll(async () => {
    await app?.close();
  });

  // Full pages, except with a dialog open (its backdrop only covers the viewport).
  const shot = (page: Page, name: string, fullPage = true) =>
    page.screenshot({ path: path.join(SCREENSHOTS, `accounts-${name}.png`), fullPage });
  const noRawKeys = async (page: Page) => expect(await page.locator('body').innerText()).not.toMatch(RAW_KEY);
  /** Dialogs fade in: wait for every finite animation to end before a screenshot (progress bars loop forever). */
  const settled = (page: Page) =>
    page.waitForFunction(() =>
      document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity),
    );
  /** The success toast hides after a few seconds; the page is shot without it. */
  const toastGone = (page: Page) => page.locator('.MuiSnackbar-root').waitFor({ state: 'detached', timeout: 15_000 });

  test('part of the e-mail finds the customer; the plan is blocked with a reason and gets a 75 % e-mail alert', async () => {
    const { customer, shared, unique } = lookup;
    const context = await app.browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-GB' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await signIn(page, app.baseUrl, 'support@kolet.demo');

    // The app-bar box: a start shared by several customers lists them, with what matched.
    const box = page.getByTestId('global-search');
    await box.click();
    await box.pressSequentially(shared, { delay: 40 });
    const options = page.getByRole('listbox', { name: 'Search results' }).getByTestId('search-group-customer').getByRole('option');
    await expect.poll(() => options.count(), { timeout: 15_000 }).toBeGreaterThan(1);
    expect(await options.first().textContent()).toMatch(/E-mail|Name/);
    await shot(page, '0-search-list', false);

    // More of the e-mail leaves one match; Enter opens that customer's 360.
    await box.pressSequentially(unique.slice(shared.length), { delay: 40 });
    await expect.poll(() => options.count(), { timeout: 15_000 }).toBe(1);
    expect(await page.getByTestId(`search-result-customer-${customer.id}`).textContent()).toContain(customer.email);
    await shot(page, '1-search-one', false);
    await box.press('Enter');
    await page.waitForFunction((id) => location.hash === `#/accounts/${id}/show`, customer.id, { timeout: 30_000 });

    // The 360: who the customer is (support sees it all, nothing masked), plans with data bars, usage chart, lists.
    await page.getByTestId('account-360').waitFor({ timeout: 30_000 });
    expect(await box.inputValue()).toBe('');
    expect(await page.getByTestId('account-email').textContent()).toBe(customer.email);
    const identity = page.getByTestId('account-identity');
    expect(await identity.textContent()).toContain(customer.name);
    expect(await identity.textContent()).toContain(customer.phone);
    expect(await identity.getByText('masked for your role').count()).toBe(0);
    const plans = page.getByTestId('section-plans');
    expect(await plans.getByTestId(`plan-remaining-${customer.planId}`).textContent()).toMatch(/ left of /);
    expect(await plans.getByRole('progressbar').count()).toBeGreaterThan(0);
    await page.locator('[data-testid="usage-chart"] svg.recharts-surface').first().waitFor({ timeout: 30_000 });
    expect(await page.locator('[data-testid="usage-chart"] .recharts-bar-rectangle').count()).toBeGreaterThan(0);
    for (const section of [
      'esims',
      'orders',
      'refunds',
      'transfersSent',
      'transfersReceived',
      'messages',
      'audit',
      'referrals',
      'promoRedemptions',
      'reviews',
      'blocks',
    ]) {
      expect(await page.getByTestId(`section-${section}`).count(), section).toBe(1);
    }
    expect(await page.getByTestId('section-orders-count').textContent()).toMatch(/^\d+ of \d+$/);
    await page.waitForLoadState('networkidle');
    await noRawKeys(page);
    await shot(page, '2-360');

    // Block the plan: a reason, a review step, then the plan shows blocked.
    await page.getByTestId(`plan-block-${customer.planId}`).click();
    const blockDialog = page.getByTestId('plan-block-dialog');
    await blockDialog.getByLabel(/^Reason/).fill(BLOCK_REASON);
    await settled(page);
    await shot(page, '3-block-reason', false);
    await blockDialog.getByTestId('plan-block-review').click();
    expect(await blockDialog.getByTestId('plan-block-question').textContent()).toContain(customer.planName);
    await shot(page, '4-block-confirm', false);
    await blockDialog.getByTestId('plan-block-confirm').click();
    await blockDialog.waitFor({ state: 'detached', timeout: 30_000 });
    await plans.getByTestId(`plan-blocked-${customer.planId}`).waitFor({ timeout: 30_000 });
    await plans.getByTestId(`plan-unblock-${customer.planId}`).waitFor({ timeout: 30_000 });
    await page.getByTestId('section-blocks').getByText(BLOCK_REASON).waitFor({ timeout: 30_000 });
    await page.getByTestId('section-audit').getByText(BLOCK_REASON).waitFor({ timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    await noRawKeys(page);
    await toastGone(page);
    await shot(page, '5-blocked');

    const block = await app.db('blocks').where({ account_plan_id: customer.planId }).whereNull('lifted_at').first();
    expect(block).toMatchObject({ account_id: customer.id, reason: BLOCK_REASON });
    expect(Boolean((await app.db('account_plans').where({ id: customer.planId }).first()).data_blocked)).toBe(true);
    const support = await app.db('staff').where({ email: 'support@kolet.demo' }).first();
    expect(block.created_by_staff_id).toBe(support.id);
    const audited = await app
      .db('audit_log')
      .where({ entity: 'account-plans', entity_id: String(customer.planId), reason: BLOCK_REASON })
      .first();
    expect(audited).toMatchObject({ actor_kind: 'staff', actor_email: 'support@kolet.demo', outcome: 'success' });
    expect(audited.action).toMatch(/block/);

    // The plan's alert rules: the two defaults, then 75 % by e-mail to the customer's own address.
    const rulesBefore = await app.db('usage_alerts').where({ account_plan_id: customer.planId }).count({ n: '*' }).first();
    await page.getByTestId(`plan-alerts-${customer.planId}`).click();
    const alertDialog = page.getByTestId('alert-rules-dialog');
    await alertDialog.getByTestId(`alert-rules-${customer.planId}`).waitFor({ timeout: 15_000 });
    await alertDialog.getByTestId('threshold-75').click();
    expect(await alertDialog.getByLabel(/^Threshold/).inputValue()).toBe('75');
    await settled(page);
    await shot(page, '6-alert-form', false);
    await alertDialog.getByTestId('alert-rule-submit').click();
    const added = alertDialog.locator('tbody tr', { hasText: '75 %' });
    await added.waitFor({ timeout: 30_000 });
    expect(await added.textContent()).toContain('E-mail');
    await page.waitForLoadState('networkidle');
    await noRawKeys(page);
    await shot(page, '7-alert-added', false);

    const rule = await app.db('usage_alerts').where({ account_plan_id: customer.planId, threshold_percent: 75 }).first();
    expect(rule).toMatchObject({ channel: 'email', destination: null, fired_at: null });
    expect(Boolean(rule.enabled)).toBe(true);
    const rulesAfter = await app.db('usage_alerts').where({ account_plan_id: customer.planId }).count({ n: '*' }).first();
    expect(Number(rulesAfter!.n)).toBe(Number(rulesBefore!.n) + 1);

    await alertDialog.getByRole('button', { name: 'Close' }).click();
    await alertDialog.waitFor({ state: 'detached', timeout: 15_000 });
    await page.waitForLoadState('networkidle');
    expect(await plans.getByTestId(`plan-alerts-${customer.planId}`).textContent()).toBe(`${Number(rulesAfter!.n)} alerts`);
    await toastGone(page);
    await shot(page, '8-360-after');

    expect(errors).toEqual([]);
    await context.close();
  });

  test('finance sees the phone masked and moderators see neither phone nor name, each said to be masked', async () => {
    const { customer } = lookup;
    const errors: string[] = [];
    const open360 = async (login: string) => {
      const context = await app.browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-GB' });
      const page = await context.newPage();
      page.on('pageerror', (e) => errors.push(e.message));
      await signIn(page, app.baseUrl, login);
      await page.goto(`${app.baseUrl}/#/accounts/${customer.id}/show`);
      await page.getByTestId('account-identity').waitFor({ timeout: 30_000 });
      return { page, identity: page.getByTestId('account-identity') };
    };

    const { page, identity } = await open360('finance@kolet.demo');
    expect(await page.getByTestId('account-email').textContent()).toBe(customer.email);
    expect(await identity.textContent()).toContain(customer.name);
    const phone = customer.phone.replace(/\D/g, '');
    expect(await identity.textContent()).not.toContain(customer.phone);
    expect(await page.getByTestId('masked-phone').textContent()).toBe('masked for your role');
    expect(await page.getByTestId('masked-phone').locator('..').textContent()).toBe(
      `+${phone.slice(0, 2)} ${phone[2]}•• •• •• ${phone.slice(-2)}masked for your role`,
    );
    expect(await page.getByTestId('masked-email').count()).toBe(0);
    // Finance reads plans and orders, but takes no support action.
    await page.getByTestId('section-orders').waitFor({ timeout: 30_000 });
    expect(
      (await page.getByTestId(`plan-block-${customer.planId}`).count()) +
        (await page.getByTestId(`plan-unblock-${customer.planId}`).count()),
    ).toBe(0);
    expect(await page.getByTestId('account-deactivate').count()).toBe(0);
    expect(await page.getByTestId('section-plans').getByRole('columnheader', { name: 'Support' }).count()).toBe(0);
    await page.waitForLoadState('networkidle');
    await noRawKeys(page);
    await shot(page, '9-finance');

    await page.context().close();

    const moderator = await open360('moderator@kolet.demo');
    expect(await moderator.page.getByTestId('account-email').textContent()).toBe(
      `${customer.email[0]}•••${customer.email.slice(customer.email.indexOf('@'))}`,
    );
    const seen = await moderator.identity.textContent();
    expect(seen).not.toContain(customer.name);
    // No part of the number: the phone shows only a dash and the hint.
    expect(await moderator.page.getByTestId('masked-phone').locator('..').textContent()).toBe('—masked for your role');
    for (const field of ['email', 'name', 'phone'])
      expect(await moderator.page.getByTestId(`masked-${field}`).textContent(), field).toBe('masked for your role');
    for (const hidden of ['section-plans', 'section-orders', 'section-refunds', 'section-usage'])
      expect(await moderator.page.getByTestId(hidden).count(), hidden).toBe(0);
    await moderator.page.getByTestId('section-reviews').waitFor({ timeout: 30_000 });
    await moderator.page.waitForLoadState('networkidle');
    await noRawKeys(moderator.page);
    await shot(moderator.page, '10-moderator');
    await moderator.page.context().close();

    expect(errors).toEqual([]);
  });
});
