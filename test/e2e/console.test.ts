import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { haveChromium, SCREENSHOTS, signIn, startConsole, type Console } from './harness.ts';

// What each demo role must and must not find in its menu (docs/PRODUCT.md §1).
const ROLES = [
  {
    email: 'support@kolet.demo',
    sees: ['accounts', 'transfers', 'messages'],
    hidden: ['audit-log', 'staff', 'dsa-notices'],
    open: 'transfers',
  },
  { email: 'finance@kolet.demo', sees: ['refunds', 'orders'], hidden: ['transfers', 'dsa-notices', 'audit-log'], open: 'refunds' },
  { email: 'moderator@kolet.demo', sees: ['reviews', 'dsa-notices'], hidden: ['orders', 'refunds', 'audit-log'], open: 'dsa-notices' },
  { email: 'catalog@kolet.demo', sees: ['countries', 'plans'], hidden: ['accounts', 'refunds', 'audit-log'], open: 'plans' },
  { email: 'admin@kolet.demo', sees: ['accounts', 'refunds', 'audit-log', 'staff', 'settings'], hidden: [], open: 'audit-log' },
];

describe.skipIf(!haveChromium)('the console in Chromium', () => {
  let app: Console;
  beforeAll(async () => {
    app = await startConsole();
  });
  afterAll(async () => {
    await app?.close();
  });

  const menuHrefs = (page: Page) =>
    page.$$eval('.RaSidebar-fixed a[href], .MuiDrawer-root a[href]', (links) => links.map((a) => a.getAttribute('href') ?? ''));

  for (const role of ROLES) {
    test(`${role.email} sees only its menu, opens a list and a record`, async () => {
      const context = await app.browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-GB' });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await signIn(page, app.baseUrl, role.email);
      const slug = role.email.split('@')[0];
      await page.screenshot({ path: path.join(SCREENSHOTS, `${slug}-home.png`) });

      const hrefs = await menuHrefs(page);
      for (const r of role.sees) expect(hrefs, `${role.email} should see ${r}`).toContain(`#/${r}`);
      for (const r of role.hidden) expect(hrefs, `${role.email} should not see ${r}`).not.toContain(`#/${r}`);

      await page.goto(`${app.baseUrl}/#/${role.open}`);
      const firstRow = page.locator('tbody .RaDataTable-row').first();
      await firstRow.waitFor({ timeout: 30_000 });
      await page.screenshot({ path: path.join(SCREENSHOTS, `${slug}-list-${role.open}.png`) });
      // The first data cell (not the selection checkbox): other cells hold links to related records.
      await firstRow
        .locator('td')
        .filter({ hasNot: page.locator('input[type="checkbox"]') })
        .first()
        .click();
      // The record opens in its show view (or its edit form, for a role that may edit it).
      await page.waitForFunction((resource) => new RegExp(`^#/${resource}/[^/]+(/show)?$`).test(location.hash), role.open, {
        timeout: 30_000,
      });
      await page.waitForSelector('.RaShow-main, .RaEdit-main', { timeout: 30_000 });
      await page.waitForLoadState('networkidle');
      await page.screenshot({ path: path.join(SCREENSHOTS, `${slug}-show-${role.open}.png`) });

      expect(errors).toEqual([]);
      await context.close();
    });
  }

  test('a role is sent to the access-denied page for a resource it may not read', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-GB' });
    const page = await context.newPage();
    await signIn(page, app.baseUrl, 'moderator@kolet.demo');
    await page.goto(`${app.baseUrl}/#/orders`);
    // The page says it: a blank page (or one still loading) would not pass.
    await page.waitForFunction(() => location.hash === '#/access-denied', null, { timeout: 30_000 });
    await page.getByRole('heading', { level: 1, name: 'Access denied' }).waitFor({ timeout: 15_000 });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'moderator-orders-denied.png') });
    expect(await page.locator('tbody .RaDataTable-row').count()).toBe(0);
    expect(await page.getByText('Back to the dashboard').count()).toBe(1);
    await context.close();
  });
});
