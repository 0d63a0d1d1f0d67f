import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { haveChromium, SCREENSHOTS, signIn, startConsole, type Console } from './harness.ts';

// Issue 14's daily-UX bugs, each reproduced as the staff member met it (docs/OPERATIONS.md "Console").
describe.skipIf(!haveChromium)('the console a support agent uses all day, in Chromium', () => {
  let app: Console;
  beforeAll(async () => {
    app = await startConsole();
  });
  afterAll(async () => {
    await app?.close();
  });

  const open = async (email: string, width = 1400): Promise<{ context: BrowserContext; page: Page; errors: string[] }> => {
    const context = await app.browser.newContext({ viewport: { width, height: 900 }, locale: 'en-GB' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await signIn(page, app.baseUrl, email);
    return { context, page, errors };
  };
  const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `daily-ux-${name}.png`) });
  const count = async (query: Promise<{ n: unknown }[]>) => Number((await query)[0]!.n);
  const menu = (page: Page, resource: string) =>
    page.locator(`.RaSidebar-fixed a[href="#/${resource}"], .MuiDrawer-root a[href="#/${resource}"]`).first();

  test("bug 1: a dashboard card's filter shows as chips on the list, and one click clears it", async () => {
    const { context, page, errors } = await open('finance@kolet.demo');
    await page.getByTestId('stat-card-refundsOverdue').click();
    await page.waitForSelector('tbody .RaDataTable-row', { timeout: 30_000 });
    // Later, the Refunds menu item: the card's filter is still there, but said and removable.
    await page.goto(`${app.baseUrl}/#/`);
    await menu(page, 'refunds').click();
    const chips = page.getByTestId('active-filters');
    await chips.waitFor({ timeout: 15_000 });
    expect(await chips.innerText()).toMatch(/Decision due before/);
    await shot(page, '1-refunds-chips');
    await chips.getByRole('button', { name: 'Clear filters' }).click();
    const toDecide = await count(app.db('refunds').where({ status: 'requested' }).count({ n: '*' }));
    await expect.poll(() => page.getByRole('tab', { selected: true }).textContent(), { timeout: 15_000 }).toBe(`To decide (${toDecide})`);
    expect(await page.getByTestId('active-filters').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();

    // The moderator's "Reported reviews" card selects the Reported tab.
    const mod = await open('moderator@kolet.demo');
    await mod.page.getByTestId('stat-card-reportedReviews').click();
    await mod.page.waitForSelector('tbody .RaDataTable-row', { timeout: 30_000 });
    await expect.poll(() => mod.page.getByRole('tab', { selected: true }).textContent(), { timeout: 15_000 }).toMatch(/^Reported \(\d+\)$/);
    await mod.context.close();
  });

  test('bug 2: the approve dialog of a 12.99 € refund says it is within the 100 € four-eyes threshold', async () => {
    const picked = await app
      .db('refunds')
      .where({ status: 'requested' })
      .whereIn('eligibility', ['full', 'partial'])
      .where('proposed_amount_cents', '>', 0)
      .where('proposed_amount_cents', '<=', 10_000)
      .orderBy('id')
      .first();
    const { context, page } = await open('finance@kolet.demo');
    await page.goto(`${app.baseUrl}/#/refunds/${picked.id}/show`);
    await page.getByTestId('refund-action-approve').click();
    const hint = page.getByRole('dialog').getByTestId('four-eyes-hint');
    await hint.waitFor({ timeout: 15_000 });
    expect(await hint.textContent()).toMatch(/^Refunds above €100\.00/);
    await page.getByRole('dialog').getByTestId('approve-review').click();
    await expect
      .poll(() => page.getByRole('dialog').getByTestId('four-eyes-hint').textContent(), { timeout: 15_000 })
      .toMatch(/^Within the four-eyes threshold \(€100\.00\)/);
    await context.close();
  });

  test('bug 3: staff are named for every role, and a received transfer names its sender', async () => {
    const removed = await app.db('reviews').whereNotNull('removed_by_staff_id').orderBy('id').first();
    const remover = await app.db('staff').where({ id: removed.removed_by_staff_id }).first();
    const mod = await open('moderator@kolet.demo');
    await mod.page.goto(`${app.baseUrl}/#/reviews/${removed.id}/show`);
    await mod.page.getByTestId('review-summary').waitFor({ timeout: 30_000 });
    await mod.page.getByText(remover.name).first().waitFor({ timeout: 15_000 });
    expect(await mod.page.locator('body').innerText()).not.toMatch(/Staff #\d/i);
    await mod.context.close();

    const price = await app.db('plan_prices').whereNotNull('changed_by_staff_id').orderBy('id').first();
    const changer = await app.db('staff').where({ id: price.changed_by_staff_id }).first();
    const cat = await open('catalog@kolet.demo');
    await cat.page.goto(`${app.baseUrl}/#/plans/${price.plan_id}/show`);
    await cat.page.getByText(changer.name).first().waitFor({ timeout: 30_000 });
    expect(await cat.page.locator('body').innerText()).not.toMatch(/staff #\d/i);
    await cat.context.close();

    const received = await app.db('transfers').whereNotNull('recipient_account_id').orderBy('id').first();
    const sender = await app.db('accounts').where({ id: received.sender_account_id }).first();
    const sup = await open('support@kolet.demo');
    await sup.page.goto(`${app.baseUrl}/#/accounts/${received.recipient_account_id}/show`);
    const section = sup.page.getByTestId('section-transfersReceived');
    await section.waitFor({ timeout: 30_000 });
    await section.getByText(sender.email).first().waitFor({ timeout: 15_000 });
    await sup.context.close();
  });

  test('bug 6: at 1024 px the busy lists fit the window', async () => {
    for (const [email, resource] of [
      ['finance@kolet.demo', 'refunds'],
      ['support@kolet.demo', 'transfers'],
      ['moderator@kolet.demo', 'reviews'],
    ] as const) {
      const { context, page } = await open(email, 1024);
      await page.goto(`${app.baseUrl}/#/${resource}`);
      await page.waitForSelector('tbody .RaDataTable-row', { timeout: 30_000 });
      await page.waitForLoadState('networkidle');
      await shot(page, `6-${resource}-1024`);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, `${resource} at 1024 px`).toBeLessThanOrEqual(1024);
      await context.close();
    }
  });

  test('at 1024 px a list wider than the window scrolls inside its frame; the page keeps the window width', async () => {
    const { context, page } = await open('finance@kolet.demo', 1024);
    for (const resource of ['orders', 'disputes', 'referrals', 'promo-redemptions']) {
      await page.goto(`${app.baseUrl}/#/${resource}`);
      await page.waitForSelector('tbody .RaDataTable-row', { timeout: 30_000 });
      await page.waitForLoadState('networkidle');
      const { pageWidth, frame } = await page.evaluate(() => {
        const wrapper = document.querySelector('.RaDataTable-tableWrapper')!;
        return {
          pageWidth: document.documentElement.scrollWidth,
          frame: { client: wrapper.clientWidth, scroll: wrapper.scrollWidth },
        };
      });
      expect(pageWidth, `${resource} at 1024 px`).toBeLessThanOrEqual(1024);
      // The table is wider than its frame (the page used to widen instead), and the frame scrolls.
      expect(frame.scroll, `${resource}'s table`).toBeGreaterThan(frame.client);
    }
    await context.close();
  });

  test('bug 7: a missing record says so at once', async () => {
    const { context, page } = await open('support@kolet.demo');
    const started = Date.now();
    await page.goto(`${app.baseUrl}/#/accounts/999999/show`);
    await page
      .getByText(/There is no account|not found/i)
      .first()
      .waitFor({ timeout: 3_000 });
    expect(Date.now() - started).toBeLessThan(3_000);
    await context.close();
  });

  test('bug 8: a list row opens from the keyboard; settings read in words and euros', async () => {
    const { context, page } = await open('finance@kolet.demo');
    await page.goto(`${app.baseUrl}/#/refunds`);
    await page.waitForSelector('tbody .RaDataTable-row', { timeout: 30_000 });
    let inRow = false;
    for (let i = 0; i < 60 && !inRow; i++) {
      await page.keyboard.press('Tab');
      inRow = await page.evaluate(() => document.activeElement?.matches('tbody tr.RaDataTable-row') ?? false);
    }
    expect(inRow, 'Tab reaches a row').toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => /^#\/refunds\/\d+\/show$/.test(location.hash), null, { timeout: 15_000 });
    await context.close();

    const admin = await open('admin@kolet.demo');
    await admin.page.goto(`${app.baseUrl}/#/settings`);
    await admin.page.waitForSelector('tbody .RaDataTable-row', { timeout: 30_000 });
    const text = await admin.page.locator('tbody').innerText();
    expect(text).not.toMatch(/four_eyes_threshold_cents/);
    expect(text).toMatch(/€100\.00/);
    await admin.context.close();
  });

  test('bug 9: a removed review counts its upheld reports', async () => {
    const [row] = (await app
      .db('review_reports')
      .join('reviews', 'reviews.id', 'review_reports.review_id')
      .where('reviews.status', 'removed')
      .where('review_reports.status', 'upheld')
      .groupBy('review_reports.review_id')
      .select('review_reports.review_id as id')
      .count({ n: '*' })
      .orderBy('review_reports.review_id')) as unknown as { id: number; n: number }[];
    const { context, page } = await open('moderator@kolet.demo');
    await page.goto(`${app.baseUrl}/#/reviews/${row!.id}/show`);
    const summary = page.getByTestId('review-summary');
    await summary.waitFor({ timeout: 30_000 });
    await expect.poll(() => summary.innerText(), { timeout: 15_000 }).toMatch(new RegExp(`${Number(row!.n)} upheld`));
    await context.close();
  });
});
