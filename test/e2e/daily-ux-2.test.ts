import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { haveChromium, SCREENSHOTS, signIn, startConsole, type Console } from './harness.ts';

// Issue 14, second part: price reasons, Add plan from a country, the 360's one timeline, words not codes.
describe.skipIf(!haveChromium)('the console a support agent uses all day, part 2, in Chromium', () => {
  let app: Console;
  beforeAll(async () => {
    app = await startConsole();
  });
  afterAll(async () => {
    await app?.close();
  });

  const open = async (
    email: string,
    { width = 1400, locale = 'en-GB' }: { width?: number; locale?: string } = {},
  ): Promise<{ context: BrowserContext; page: Page; errors: string[] }> => {
    const context = await app.browser.newContext({ viewport: { width, height: 900 }, locale });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await signIn(page, app.baseUrl, email);
    return { context, page, errors };
  };
  const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `daily-ux-${name}.png`) });

  test('catalog: a price history says old → new and why; "Add plan" on a country starts a plan for that country', async () => {
    const changed = await app.db('plan_prices').whereNotNull('previous_price_cents').whereNotNull('reason').orderBy('id').first();
    const { context, page, errors } = await open('catalog@kolet.demo');
    await page.goto(`${app.baseUrl}/#/plans/${changed.plan_id}/show`);
    const history = page.getByTestId('price-history');
    await history.getByTestId('price-change').first().waitFor({ timeout: 30_000 });
    const euros = (cents: number) => `€${(cents / 100).toFixed(2)}`;
    expect(await history.innerText()).toContain(`${euros(changed.previous_price_cents)} → ${euros(changed.price_cents)}`);
    expect(await history.innerText()).toContain(changed.reason);
    expect(await history.innerText()).toMatch(/First price: €\d+\.\d\d/);
    await shot(page, '10-price-history');

    const plan = await app.db('plans').whereNotNull('country_code').orderBy('id').first();
    const country = await app.db('countries').where({ code: plan.country_code }).first();
    await page.goto(`${app.baseUrl}/#/countries/${country.code}/show`);
    await page.getByTestId('add-plan').click();
    await page.waitForFunction(() => location.hash.startsWith('#/plans/create'), undefined, { timeout: 30_000 });
    await expect.poll(() => page.getByRole('combobox', { name: 'Country' }).inputValue(), { timeout: 15_000 }).toContain(country.name);
    expect(errors).toEqual([]);
    await context.close();
  });

  test("the 360's one timeline: newest first, filtered by kind, every line a link; the staff actions include the transfer fix (bug 3)", async () => {
    const fixed = await app.db('transfers').whereNotNull('fixed_at').whereNotNull('fixed_by_staff_id').orderBy('id').first();
    const { context, page, errors } = await open('support@kolet.demo');
    await page.goto(`${app.baseUrl}/#/accounts/${fixed.sender_account_id}/show`);
    const timeline = page.getByTestId('account-timeline');
    await timeline.getByTestId('timeline-item').first().waitFor({ timeout: 30_000 });
    expect(await timeline.getByTestId('timeline-item').count()).toBeGreaterThan(2);
    await timeline.screenshot({ path: path.join(SCREENSHOTS, 'daily-ux-11-account-timeline.png') });
    // Only the fixes: one click on the kind.
    await timeline.getByTestId('timeline-kind-transfer_fix').click();
    await expect
      .poll(
        async () => new Set(await timeline.getByTestId('timeline-item').evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')))),
        {
          timeout: 15_000,
        },
      )
      .toEqual(new Set(['transfer_fix']));
    const line = timeline
      .getByTestId('timeline-item')
      .filter({ hasText: `#${fixed.id}` })
      .first();
    expect(await line.innerText()).toMatch(fixed.status === 'redirected' ? /redirected to/ : /reversed/);
    // The staff actions name the fix in a sentence.
    expect(await page.getByTestId('section-audit').innerText()).toMatch(
      new RegExp(`(redirected|returned to the sender) transfer #${fixed.id}\\b`),
    );
    await line.getByRole('link').click();
    await page.waitForFunction((id) => location.hash === `#/transfers/${id}/show`, fixed.id, { timeout: 30_000 });
    expect(errors).toEqual([]);
    await context.close();
  });
});
