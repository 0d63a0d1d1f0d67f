// The console's weight and speed in a browser: the JavaScript the first page loads
// (gzipped, as served), and the time from navigation to the first rendered accounts list.
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { ROOT } from './processes.ts';
import { DEMO_PASSWORD, LOGIN_OF } from './session.ts';

const DIST = path.join(ROOT, 'dist');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface SpaWeight {
  initialJsGzipKb: number;
  files: { file: string; gzipKb: number }[];
  lazyJsGzipKb: number;
}

/** The scripts index.html loads at once (entry and modulepreloads) against every other chunk (lazy). */
export function spaWeight(): SpaWeight {
  const html = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const initial = new Set([...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]!));
  const gz = (file: string) => gzipSync(fs.readFileSync(path.join(DIST, file))).length / 1024;
  const all = fs
    .readdirSync(path.join(DIST, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => `assets/${f}`);
  const files = [...initial].map((file) => ({ file, gzipKb: Math.round(gz(file) * 10) / 10 }));
  const lazy = all.filter((f) => !initial.has(f)).reduce((sum, f) => sum + gz(f), 0);
  return { initialJsGzipKb: Math.round(files.reduce((s, f) => s + f.gzipKb, 0) * 10) / 10, files, lazyJsGzipKb: Math.round(lazy) };
}

/** Signs in as support, then times a fresh navigation to #/accounts until its first row is on screen (median of `runs`). */
export async function firstAccountsListMs(baseUrl: string, runs = 5): Promise<number[]> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/#/login`);
    await page.locator('input[name="username"]').fill(LOGIN_OF.support);
    await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
    await page.locator('button[type="submit"]').click();
    await page.waitForSelector('.RaSidebar-fixed a, .MuiDrawer-root a', { timeout: 60_000 });
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      await page.goto('about:blank');
      const started = Date.now();
      await page.goto(`${baseUrl}/#/accounts`);
      await page.waitForSelector('.RaDatagrid-tbody tr, .RaDataTable-tbody tr, table tbody tr', { timeout: 60_000 });
      times.push(Date.now() - started);
    }
    await page.screenshot({ path: path.join(ROOT, 'docs', 'screenshots', 'bench-accounts-list.png') });
    return times;
  } finally {
    await browser.close();
  }
}
