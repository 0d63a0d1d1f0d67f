import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createApp } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import { createLogger } from '../../server/logger.ts';
import { ensureDefaultSettings } from '../../server/settings.ts';
import { buildSpaIfNeeded, DIST, ROOT } from '../../server/cli/spa.ts';
import { seedDemo } from '../../seeds/demo/index.ts';
import { createTestDatabase } from '../support/db.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SCREENSHOTS = path.join(ROOT, 'test/e2e/screenshots');
const haveChromium = fs.existsSync(CHROMIUM);
if (!haveChromium && process.env.CI) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium`);

// What each demo role must and must not find in its menu (SPEC §1).
const ROLES = [
  { email: 'support@kolet.demo', sees: ['accounts', 'transfers', 'messages'], hidden: ['audit-log', 'staff', 'dsa-notices'], open: 'transfers' },
  { email: 'finance@kolet.demo', sees: ['refunds', 'orders'], hidden: ['transfers', 'dsa-notices', 'audit-log'], open: 'refunds' },
  { email: 'moderator@kolet.demo', sees: ['reviews', 'dsa-notices'], hidden: ['orders', 'refunds', 'audit-log'], open: 'dsa-notices' },
  { email: 'catalog@kolet.demo', sees: ['countries', 'plans'], hidden: ['accounts', 'refunds', 'audit-log'], open: 'plans' },
  { email: 'admin@kolet.demo', sees: ['accounts', 'refunds', 'audit-log', 'staff', 'settings'], hidden: [], open: 'audit-log' },
];

describe.skipIf(!haveChromium)('the console in Chromium', () => {
  let browser: Browser;
  let server: Server;
  let baseUrl: string;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    await buildSpaIfNeeded(() => {});
    const database = await createTestDatabase();
    drop = database.drop;
    await ensureDefaultSettings(database.db);
    await seedDemo(database.db);
    const app = createApp(database.db, { ...loadConfig({ NODE_ENV: 'test' }), logLevel: 'silent' }, createLogger('silent'), { staticDir: DIST });
    server = await new Promise((resolve) => { const s = app.listen(0, '127.0.0.1', () => resolve(s)); });
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    await drop?.();
  });

  async function signIn(page: Page, email: string): Promise<void> {
    await page.goto(`${baseUrl}/#/login`);
    await page.locator('input[name="username"]').fill(email);
    await page.locator('input[name="password"]').fill('kolet-demo');
    await page.locator('button[type="submit"]').click();
    await page.waitForSelector('.RaSidebar-fixed a, .MuiDrawer-root a', { timeout: 30_000 });
  }

  const menuHrefs = (page: Page) =>
    page.$$eval('.RaSidebar-fixed a[href], .MuiDrawer-root a[href]', (links) => links.map((a) => a.getAttribute('href') ?? ''));

  for (const role of ROLES) {
    test(`${role.email} sees only its menu, opens a list and a record`, async () => {
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-GB' });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await signIn(page, role.email);
      const slug = role.email.split('@')[0];
      await page.screenshot({ path: path.join(SCREENSHOTS, `${slug}-home.png`) });

      const hrefs = await menuHrefs(page);
      for (const r of role.sees) expect(hrefs, `${role.email} should see ${r}`).toContain(`#/${r}`);
      for (const r of role.hidden) expect(hrefs, `${role.email} should not see ${r}`).not.toContain(`#/${r}`);

      await page.goto(`${baseUrl}/#/${role.open}`);
      const firstRow = page.locator('tbody .RaDatagrid-row').first();
      await firstRow.waitFor({ timeout: 30_000 });
      await page.screenshot({ path: path.join(SCREENSHOTS, `${slug}-list-${role.open}.png`) });
      await firstRow.locator('td').first().click(); // the first cell: other cells hold links to related records
      // The record opens in its show view (or its edit form, for a role that may edit it).
      await page.waitForFunction((resource) => new RegExp(`^#/${resource}/[^/]+(/show)?$`).test(location.hash), role.open, { timeout: 30_000 });
      await page.waitForSelector('.RaShow-main, .RaEdit-main', { timeout: 30_000 });
      await page.waitForLoadState('networkidle');
      await page.screenshot({ path: path.join(SCREENSHOTS, `${slug}-show-${role.open}.png`) });

      expect(errors).toEqual([]);
      await context.close();
    });
  }

  test('a role is sent to the access-denied page for a resource it may not read', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-GB' });
    const page = await context.newPage();
    await signIn(page, 'moderator@kolet.demo');
    await page.goto(`${baseUrl}/#/orders`);
    await page.waitForURL(/access-denied|#\/$/, { timeout: 30_000 }).catch(() => {});
    await page.screenshot({ path: path.join(SCREENSHOTS, 'moderator-orders-denied.png') });
    expect(await page.locator('tbody .RaDatagrid-row').count()).toBe(0);
    await context.close();
  });
});
