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

  test('bug 5: in French, stored codes read in French (free text stays as typed) and a save names what was saved', async () => {
    const RAW =
      /\b(late_request|address_typo|similar_address_other_person|changed_mind|transfer_sent|transfer_received|transfers\.redirect|refunds\.reject)\b/;
    const fin = await open('finance@kolet.demo', { locale: 'fr-FR' });
    const rejected = await app.db('refunds').where({ status: 'rejected' }).whereNotNull('reject_reason_code').orderBy('id').first();
    await fin.page.goto(`${app.baseUrl}/#/refunds/${rejected.id}/show`);
    await fin.page.locator('.RaShow-main, [data-testid="refund-case"]').first().waitFor({ timeout: 30_000 });
    await fin.page.waitForLoadState('networkidle');
    expect(await fin.page.locator('main').innerText()).not.toMatch(RAW);
    await fin.context.close();

    const sup = await open('support@kolet.demo', { locale: 'fr-FR' });
    const fixed = await app.db('transfers').whereNotNull('fix_reason_code').orderBy('id').first();
    await sup.page.goto(`${app.baseUrl}/#/transfers/${fixed.id}/show`);
    await sup.page.getByText(fixed.fix_reason.slice(0, 30), { exact: false }).first().waitFor({ timeout: 30_000 });
    await sup.page.waitForLoadState('networkidle');
    const transferText = await sup.page.locator('main').innerText();
    expect(transferText).not.toMatch(RAW);
    if (fixed.fix_reason) expect(transferText).toContain(fixed.fix_reason.split('\n')[0]);
    await sup.page.goto(`${app.baseUrl}/#/messages`);
    await sup.page.waitForSelector('tbody .RaDataTable-row', { timeout: 30_000 });
    expect(await sup.page.locator('main').innerText()).not.toMatch(RAW);
    await sup.context.close();

    // A save names what was saved, in French: "Pays enregistré", not "Élément mis à jour".
    const cat = await open('catalog@kolet.demo', { locale: 'fr-FR' });
    const country = await app.db('countries').orderBy('code').first();
    await cat.page.goto(`${app.baseUrl}/#/countries/${country.code}`);
    const name = cat.page.getByLabel('Nom *');
    await expect.poll(() => name.inputValue(), { timeout: 30_000 }).toBe(country.name);
    await name.fill(`${country.name} (essai)`);
    await cat.page.getByRole('button', { name: 'Enregistrer' }).click();
    await cat.page.getByText('Pays enregistré').waitFor({ timeout: 15_000 });
    expect(await cat.page.getByText('Élément mis à jour').count()).toBe(0);
    await cat.context.close();
  });

  test("saved queries are each staff member's own, on a shared browser, and survive signing out", async () => {
    const context = await app.browser.newContext({ viewport: { width: 1600, height: 900 }, locale: 'en-GB' });
    const page = await context.newPage();
    const signOut = async () => {
      await page.locator('button[aria-label="Profile"], .RaUserMenu-userButton').first().click();
      await page.locator('.logout, [role="menuitem"]:has-text("Logout"), [role="menuitem"]:has-text("Log out")').first().click();
      await page.locator('input[name="username"]').waitFor({ timeout: 30_000 });
    };
    await signIn(page, app.baseUrl, 'finance@kolet.demo');
    await page.goto(`${app.baseUrl}/#/refunds?filter=${encodeURIComponent(JSON.stringify({ status: 'rejected' }))}`);
    const aside = page.getByTestId('saved-queries');
    await aside.waitFor({ timeout: 30_000 });
    await aside.getByLabel('Save current query...').click();
    await page.getByRole('dialog').getByLabel('Query name').fill('Rejected ones');
    await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
    await aside.getByText('Rejected ones').waitFor({ timeout: 15_000 });
    await signOut();

    // Another staff member on the same browser: not theirs.
    await signIn(page, app.baseUrl, 'admin@kolet.demo');
    await page.goto(`${app.baseUrl}/#/refunds`);
    await page.getByTestId('saved-queries').waitFor({ timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    expect(await page.getByTestId('saved-queries').getByText('Rejected ones').count()).toBe(0);
    await signOut();

    // Back as finance: still there, and it applies the filter.
    await signIn(page, app.baseUrl, 'finance@kolet.demo');
    await page.goto(`${app.baseUrl}/#/refunds`);
    await page.getByTestId('saved-queries').getByText('Rejected ones').click();
    await page.waitForFunction(() => decodeURIComponent(location.hash).includes('"status":"rejected"'), undefined, { timeout: 15_000 });
    await context.close();
  });
});
