// The browser tests' common ground: a real server on an ephemeral loopback port over a fresh,
// demo-seeded database, the built console, and Debian's Chromium driven by playwright-core.
import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createApp } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import type { Db } from '../../server/db/connection.ts';
import { createLogger } from '../../server/logger.ts';
import { ensureDefaultSettings } from '../../server/settings.ts';
import { buildSpaIfNeeded, DIST } from '../../server/cli/spa.ts';
import { ROOT } from '../../server/paths.ts';
import { seedDemo } from '../../seeds/demo/index.ts';
import { createTestDatabase } from '../support/db.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = path.join(ROOT, 'test/e2e/screenshots');
export const haveChromium = fs.existsSync(CHROMIUM);
if (!haveChromium && process.env.CI) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium`);

// Without the background-networking flags Chromium tries this closed network at every start.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Console {
  db: Db;
  baseUrl: string;
  browser: Browser;
  close: () => Promise<void>;
}

export async function startConsole(env: Record<string, string> = {}): Promise<Console> {
  await buildSpaIfNeeded(() => {});
  const { db, drop } = await createTestDatabase();
  await ensureDefaultSettings(db);
  await seedDemo(db);
  const app = createApp(db, { ...loadConfig({ NODE_ENV: 'test', ...env }), logLevel: 'silent' }, createLogger('silent'), {
    staticDir: DIST,
  });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  return {
    db,
    browser,
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      await browser.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await drop();
    },
  };
}

/** Signs in on the login page with a demo login (password kolet-demo) and waits for the menu. */
export async function signIn(page: Page, baseUrl: string, email: string): Promise<void> {
  await page.goto(`${baseUrl}/#/login`);
  await page.locator('input[name="username"]').fill(email);
  await page.locator('input[name="password"]').fill('kolet-demo');
  await page.locator('button[type="submit"]').click();
  await page.waitForSelector('.RaSidebar-fixed a, .MuiDrawer-root a', { timeout: 30_000 });
}
