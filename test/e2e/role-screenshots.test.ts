import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROOT } from '../../server/paths.ts';
import { haveChromium, signIn, startConsole, type Console } from './harness.ts';

// Each role's main pages at a desktop (1440 px) and a laptop (1024 px) width, kept in docs/screenshots/:
// nothing may run off the window (the page never scrolls sideways).
const DOCS = path.join(ROOT, 'docs/screenshots');
const ROLES = [
  { email: 'support@kolet.demo', main: 'transfers' },
  { email: 'finance@kolet.demo', main: 'refunds' },
  { email: 'moderator@kolet.demo', main: 'reviews' },
  { email: 'catalog@kolet.demo', main: 'plans' },
  { email: 'admin@kolet.demo', main: 'audit-log' },
];
const WIDTHS = [1440, 1024];

describe.skipIf(!haveChromium)("each role's main pages at 1440 and 1024 px", () => {
  let app: Console;
  beforeAll(async () => {
    app = await startConsole();
    fs.mkdirSync(DOCS, { recursive: true });
  });
  afterAll(async () => {
    await app?.close();
  });

  for (const role of ROLES) {
    test(`${role.email}: the dashboard and ${role.main} fit the window`, async () => {
      const slug = role.email.split('@')[0]!;
      for (const width of WIDTHS) {
        const context = await app.browser.newContext({ viewport: { width, height: 900 }, locale: 'en-GB' });
        const page = await context.newPage();
        await signIn(page, app.baseUrl, role.email);
        await page.waitForLoadState('networkidle');
        await page.screenshot({ path: path.join(DOCS, `${slug}-dashboard-${width}.png`) });
        expect(await page.evaluate(() => document.documentElement.scrollWidth), `${slug} dashboard at ${width}`).toBeLessThanOrEqual(width);

        await page.goto(`${app.baseUrl}/#/${role.main}`);
        await page.waitForSelector('tbody .RaDataTable-row', { timeout: 30_000 });
        await page.waitForLoadState('networkidle');
        await page.screenshot({ path: path.join(DOCS, `${slug}-${role.main}-${width}.png`) });
        expect(await page.evaluate(() => document.documentElement.scrollWidth), `${slug} ${role.main} at ${width}`).toBeLessThanOrEqual(
          width,
        );
        // The page title is whole in the app bar.
        const title = page.locator('#react-admin-title');
        expect(await title.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
        await context.close();
      }
    });
  }
});
