// The console's weight and speed in a browser: the JavaScript the first page loads
// (gzipped, as served), and the time to the first rows of the accounts list: after a cold sign-in, and
// after a navigation once signed in.
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
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

const ROW = '.RaDataTable-tbody tr';
const BROWSER_ARGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update'];

/**
 * The page's own clock marks when the sign-in form is submitted and when the first accounts row is in
 * the document (a MutationObserver): the times are the page's, without the driver's polling (which
 * added up to ~500 ms to a wall-clock measurement). Plain JavaScript text: a function would reach the
 * page as tsx compiled it, with helpers the page does not have.
 */
const MARK_FIRST_ROW = `
  new MutationObserver(() => {
    if (window.__firstRowAt === undefined && document.querySelector('${ROW}')) window.__firstRowAt = performance.now();
  }).observe(document, { subtree: true, childList: true });
  document.addEventListener('submit', () => { window.__submitAt = performance.now(); }, true);
`;

const pageMarks = async (page: Page) =>
  (await page.evaluate('({ submitAt: window.__submitAt ?? NaN, firstRowAt: window.__firstRowAt ?? NaN })')) as {
    submitAt: number;
    firstRowAt: number;
  };

export interface FirstRows {
  /** Cold (a new browser profile, nothing cached): from submitting the sign-in form to the first row of the accounts list it returns to. */
  afterLoginMs: number[];
  /** Signed in, assets cached: from a fresh navigation to #/accounts to its first row. */
  navigationMs: number[];
}

/** `runs` cold sign-ins as support (each in a new profile) and `runs` navigations to #/accounts once signed in. */
export async function firstAccountsRows(baseUrl: string, runs = 5): Promise<FirstRows> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: BROWSER_ARGS });
  try {
    const afterLoginMs: number[] = [];
    let page: Page | null = null;
    for (let i = 0; i < runs; i++) {
      if (page) await page.context().close();
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      await context.addInitScript({ content: MARK_FIRST_ROW });
      page = await context.newPage();
      await page.goto(`${baseUrl}/#/accounts`); // redirected to the sign-in page, and back after it
      await page.locator('input[name="username"]').fill(LOGIN_OF.support);
      await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
      await page.locator('button[type="submit"]').click();
      await page.waitForSelector(ROW, { timeout: 60_000 });
      const m = await pageMarks(page);
      afterLoginMs.push(Math.round(m.firstRowAt - m.submitAt));
    }
    const navigationMs: number[] = [];
    for (let i = 0; i < runs; i++) {
      await page!.goto('about:blank');
      await page!.goto(`${baseUrl}/#/accounts`);
      await page!.waitForSelector(ROW, { timeout: 60_000 });
      navigationMs.push(Math.round((await pageMarks(page!)).firstRowAt));
    }
    await page!.screenshot({ path: path.join(ROOT, 'docs', 'screenshots', 'bench-accounts-list.png') });
    return { afterLoginMs, navigationMs };
  } finally {
    await browser.close();
  }
}
