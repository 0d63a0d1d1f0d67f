import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { haveChromium, SCREENSHOTS, signIn, startConsole, type Console } from './harness.ts';

const PLAN = 'Japan 7 GB – 15 days';
/** Text a missing translation would leave on screen: the key itself. */
const RAW_KEY = /\b(resources|enums|ra|dashboard)\.[a-zA-Z_-]+\.[a-zA-Z_]/;

// The chart sections each demo role sees on its dashboard (client/src/dashboard/chartAccess.ts).
const DASHBOARDS = [
  { role: 'support', sections: ['topDestinations', 'transfers'], cards: ['transfersAwaitingFix', 'complaintsAwaitingAnswer'] },
  { role: 'finance', sections: ['sales', 'salesByCountry', 'topDestinations'], cards: ['refundsDueToday', 'refundsOverdue'] },
  { role: 'moderator', sections: ['reviews', 'dsa'], cards: ['reportedReviews', 'noticesOverSla'] },
  { role: 'catalog', sections: ['topDestinations'], cards: ['activePlans', 'unavailableCountries'] },
  {
    role: 'admin',
    sections: ['sales', 'salesByCountry', 'topDestinations', 'transfers', 'reviews', 'dsa'],
    cards: ['refundsDueToday', 'transfersAwaitingFix', 'reportedReviews', 'activePlans'],
  },
];
const ALL_SECTIONS = ['sales', 'salesByCountry', 'topDestinations', 'transfers', 'reviews', 'dsa'];

describe.skipIf(!haveChromium)('the catalog and the dashboard in Chromium', () => {
  let app: Console;
  beforeAll(async () => {
    app = await startConsole();
  });
  afterAll(async () => {
    await app?.close();
  });

  // After the buttons' colour transitions (a button enabled a moment ago still looks disabled).
  const shot = async (page: Page, name: string, fullPage = true) => {
    await page.waitForTimeout(400);
    await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage });
  };
  const historyRows = (page: Page) => page.getByTestId('price-history').locator('tbody tr');

  test('catalog creates a plan for Japan, changes its price, and sees both prices in the history', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-GB', acceptDownloads: true });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await signIn(page, app.baseUrl, 'catalog@kolet.demo');

    // The plan list: grouped by country, on sale first.
    await page.goto(`${app.baseUrl}/#/plans`);
    await page.locator('tbody .RaDataTable-row').first().waitFor({ timeout: 30_000 });
    await expect.poll(() => page.getByRole('tab', { name: /^Active \(\d+\)$/ }).count(), { timeout: 15_000 }).toBe(1);
    await page.waitForLoadState('networkidle');
    await shot(page, 'catalog-0-plan-list', false);

    // Create: 7 GB (the unit selector says GB), 15 days, 12,99 € typed the French way.
    await page.goto(`${app.baseUrl}/#/plans/create`);
    await page.getByLabel('Name *').fill(PLAN);
    await page.getByRole('combobox', { name: 'Country' }).fill('Japan');
    await page.getByRole('option', { name: 'Japan (JP)' }).click();
    await page.getByLabel('Data *').fill('7');
    await page.getByText('= 7,168 MB').waitFor();
    await page.getByLabel('Validity (days) *').fill('15');
    await page.getByLabel('Price incl. VAT *').fill('12,99');
    expect(await page.getByLabel('VAT rate *').inputValue()).toBe('20');
    await shot(page, 'catalog-1-plan-form');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForFunction(() => /^#\/plans\/\d+\/show$/.test(location.hash), undefined, { timeout: 30_000 });
    await expect.poll(() => historyRows(page).count(), { timeout: 15_000 }).toBe(1);
    const id = Number(/#\/plans\/(\d+)\/show/.exec(page.url())![1]);

    // A new price: 14,49 €.
    await page.getByRole('link', { name: 'Edit' }).click();
    await page.waitForFunction((planId) => location.hash === `#/plans/${planId}`, id, { timeout: 30_000 });
    const price = page.getByLabel('Price incl. VAT *');
    await expect.poll(() => price.inputValue(), { timeout: 15_000 }).toBe('12.99');
    await price.fill('14,49');
    // A price change says why: the form asks once the price differs.
    await page.getByLabel('Why the price changes *').fill('Operator cost increase');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForFunction((planId) => location.hash === `#/plans/${planId}/show`, id, { timeout: 30_000 });
    await expect.poll(() => historyRows(page).count(), { timeout: 15_000 }).toBe(2);
    const history = await historyRows(page).allInnerTexts();
    expect(history[0]).toMatch(/€12\.99 → €14\.49\s+Operator cost increase \(edited\)\s+20%\s+[A-Z][a-z]+ [A-Z][a-z]+/);
    expect(history[1]).toMatch(/First price: €12\.99\s+Plan created\s+20%\s+[A-Z][a-z]+ [A-Z][a-z]+/);
    await page.waitForLoadState('networkidle');
    expect(await page.locator('body').innerText()).not.toMatch(RAW_KEY);
    await shot(page, 'catalog-2-plan-show-history');

    // The database: the plan's price, and its history in order.
    const plan = await app.db('plans').where({ id }).first();
    expect(plan).toMatchObject({
      name: PLAN,
      country_code: 'JP',
      data_mb: 7168,
      validity_days: 15,
      price_cents: 1449,
      vat_rate_bp: 2000,
      status: 'draft',
    });
    const prices = await app.db('plan_prices').where({ plan_id: id }).orderBy('id');
    expect(prices.map((p: { price_cents: number }) => p.price_cents)).toEqual([1299, 1449]);

    // Clone to Thailand: a draft copy, linked from the dialog.
    await page.getByRole('button', { name: 'Clone to countries' }).click();
    const clone = page.getByRole('dialog');
    await clone.getByLabel('Countries').fill('Thail');
    await page.getByRole('option', { name: 'Thailand (TH)' }).click();
    await clone.getByRole('button', { name: 'Clone to 1 country' }).click();
    await clone.getByTestId('clone-created').getByRole('link', { name: 'Thailand 7 GB – 15 days' }).waitFor({ timeout: 30_000 });
    await shot(page, 'catalog-3-clone-result', false);
    await clone.getByRole('button', { name: 'Close' }).click();

    // Bulk price change on Japan's active plans: preview only.
    await page.goto(`${app.baseUrl}/#/plans?filter=${encodeURIComponent(JSON.stringify({ status: 'active', countryCode: 'JP' }))}`);
    await expect.poll(() => page.locator('tbody .RaDataTable-row').count(), { timeout: 30_000 }).toBeGreaterThan(1);
    await page.waitForLoadState('networkidle');
    await shot(page, 'catalog-4-plan-list-japan', false);
    await page.locator('thead input[type="checkbox"]').first().check();
    await page.getByRole('button', { name: 'Change prices' }).click();
    const bulk = page.getByRole('dialog');
    await bulk.getByTestId('price-change-percent').fill('5');
    await bulk.getByTestId('price-change-preview-button').click();
    await bulk.getByTestId('price-change-row').first().waitFor({ timeout: 30_000 });
    // The change waits for a reason.
    expect(await bulk.getByTestId('price-change-apply').isEnabled()).toBe(false);
    await bulk.getByTestId('price-change-reason').fill('Summer pricing');
    expect(await bulk.getByTestId('price-change-apply').isEnabled()).toBe(true);
    await shot(page, 'catalog-5-bulk-price-preview', false);
    await bulk.getByRole('button', { name: 'Cancel' }).click();

    // CSV: the export of Japan, read back by the import's dry run with one price changed.
    await page.goto(`${app.baseUrl}/#/countries/JP/show`);
    await page.getByTestId('country-plans').locator('tbody tr').first().waitFor({ timeout: 30_000 });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export plans (CSV)' }).click()]);
    const csv = fs.readFileSync((await download.path())!, 'utf8');
    expect(csv.split('\n')[0]).toBe('id,name,dataMb,fairUseMb,validityDays,priceEuros,vatRatePercent,status,promotional');
    expect(csv).toContain(`${id},${PLAN},7168,,15,14.49,20,draft,false`);
    await page.getByRole('button', { name: 'Import plans (CSV)' }).click();
    const importer = page.getByRole('dialog');
    await importer.getByTestId('import-csv').fill(csv.replace(`${id},${PLAN},7168,,15,14.49`, `${id},${PLAN},7168,,15,13.99`));
    await importer.getByTestId('import-check').click();
    await importer.getByTestId('import-line-updated').waitFor({ timeout: 30_000 });
    expect(await importer.getByTestId('import-line-updated').textContent()).toContain('€14.49 → €13.99');
    expect(await importer.getByTestId('import-apply').isEnabled()).toBe(true);
    await shot(page, 'catalog-6-import-dry-run', false);
    await importer.getByRole('button', { name: 'Cancel' }).click();
    expect((await app.db('plans').where({ id }).first()).price_cents).toBe(1449);

    expect(errors).toEqual([]);
    await context.close();
  });

  test('recharts is a lazy chunk: not loaded by the login page, loaded by the dashboard', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-GB' });
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(`${app.baseUrl}/#/login`);
    await page.locator('input[name="username"]').waitFor();
    await page.waitForLoadState('networkidle');
    expect(scripts.some((s) => /\/assets\/index-/.test(s))).toBe(true);
    expect(scripts.filter((s) => /charts|DashboardCharts/i.test(s))).toEqual([]);
    await signIn(page, app.baseUrl, 'catalog@kolet.demo');
    await page.locator('[data-testid="chart-topDestinations"] .recharts-surface').first().waitFor({ timeout: 30_000 });
    expect(scripts.filter((s) => /\/assets\/(charts|DashboardCharts)-/.test(s))).toHaveLength(2);
    await context.close();
  });

  for (const { role, sections, cards } of DASHBOARDS) {
    test(`${role}'s dashboard shows its cards and draws its charts`, async () => {
      const context = await app.browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-GB' });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await signIn(page, app.baseUrl, `${role}@kolet.demo`);
      for (const card of cards) await page.getByTestId(`stat-card-${card}`).waitFor({ timeout: 30_000 });
      for (const section of sections) {
        await page.locator(`[data-testid="chart-${section}"] .recharts-surface`).first().waitFor({ timeout: 30_000 });
      }
      for (const section of ALL_SECTIONS.filter((s) => !sections.includes(s))) {
        expect(await page.getByTestId(`chart-${section}`).count(), `${role} should not see ${section}`).toBe(0);
      }
      await page.waitForLoadState('networkidle');
      await page.mouse.move(1, 890); // no chart tooltip in the picture
      await page.waitForTimeout(800); // the bars' entry animation
      expect(await page.locator('body').innerText()).not.toMatch(RAW_KEY);
      await shot(page, `dashboard-${role}`);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  test('in French: the admin dashboard speaks French, euros and days included', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'fr-FR' });
    const page = await context.newPage();
    await signIn(page, app.baseUrl, 'admin@kolet.demo');
    const sales = page.getByTestId('chart-sales');
    await sales.locator('.recharts-surface').first().waitFor({ timeout: 30_000 });
    expect(await sales.getByRole('heading').textContent()).toBe('Ventes et remboursements par jour');
    expect(await page.getByTestId('sales-total').textContent()).toMatch(/^[\d\u202f\u00a0 ]+,\d{2}\s€$/);
    await page.getByTestId('chart-dsa').locator('.recharts-surface').first().waitFor({ timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    await page.mouse.move(1, 890);
    expect(await page.locator('body').innerText()).not.toMatch(RAW_KEY);
    await shot(page, 'dashboard-admin-fr');
    await context.close();
  });
});
