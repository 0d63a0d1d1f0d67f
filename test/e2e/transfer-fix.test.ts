import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createApp } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import type { Db } from '../../server/db/connection.ts';
import { createLogger } from '../../server/logger.ts';
import { ensureDefaultSettings } from '../../server/settings.ts';
import { buildSpaIfNeeded, DIST, ROOT } from '../../server/cli/spa.ts';
import { seedDemo } from '../../seeds/demo/index.ts';
import { previewTransferFix } from '../../server/services/transferFixPreview.ts';
import { createTestDatabase } from '../support/db.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SCREENSHOTS = path.join(ROOT, 'test/e2e/screenshots');
const haveChromium = fs.existsSync(CHROMIUM);
if (!haveChromium && process.env.CI) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium`);

// The demo's mistake (seeds/demo/transfers.ts): Sophie typed gmial.com for Julien, who has an account at gmail.com.
const SENDER = 'sophie.bernard@outlook.fr';
const TYPO = 'julien.moreau@gmial.com';
const INTENDED = 'julien.moreau@gmail.com';

describe.skipIf(!haveChromium)('support fixes a mistyped transfer in Chromium', () => {
  let browser: Browser;
  let server: Server;
  let baseUrl: string;
  let db: Db;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    await buildSpaIfNeeded(() => {});
    const database = await createTestDatabase();
    db = database.db;
    drop = database.drop;
    await ensureDefaultSettings(db);
    await seedDemo(db);
    const app = createApp(db, { ...loadConfig({ NODE_ENV: 'test' }), logLevel: 'silent' }, createLogger('silent'), { staticDir: DIST });
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

  // Full pages, except with a dialog open (its backdrop only covers the viewport).
  const shot = (page: Page, name: string, fullPage = true) => page.screenshot({ path: path.join(SCREENSHOTS, `transfer-fix-${name}.png`), fullPage });
  /** Text a missing translation would leave on screen: the key itself. */
  const RAW_KEY = /\b(resources|enums|ra)\.[a-z_-]+\.[a-z_]/;

  test('support finds the gmial.com transfer, redirects it to the suggested gmail.com address, and the data lands on his plan', async () => {
    const original = await db('transfers').where({ recipient_email: TYPO }).first();
    expect(original.status).toBe('pending');
    const julien = await db('accounts').where({ email: INTENDED }).first();

    const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-GB' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await signIn(page, 'support@kolet.demo');

    // The list opens on Pending, with a count on every tab; the sender's e-mail finds the transfer.
    await page.locator('.RaSidebar-fixed a[href="#/transfers"], .MuiDrawer-root a[href="#/transfers"]').first().click();
    await page.waitForSelector('tbody .RaDatagrid-row', { timeout: 30_000 });
    await expect.poll(() => page.getByRole('tab', { name: /^Pending \(\d+\)$/ }).count(), { timeout: 15_000 }).toBe(1);
    await expect.poll(() => page.getByRole('tab', { name: /^Reversed \(\d+\)$/ }).count(), { timeout: 15_000 }).toBe(1);
    await page.waitForLoadState('networkidle');
    await shot(page, '0-list');
    await page.getByLabel('Sender email').fill(SENDER);
    const row = page.locator('tbody .RaDatagrid-row', { hasText: TYPO });
    await row.waitFor({ timeout: 30_000 });
    await expect.poll(() => page.locator('tbody .RaDatagrid-row').count(), { timeout: 15_000 }).toBe(1);
    await page.waitForLoadState('networkidle');
    await shot(page, '1-list-filtered');

    // Its page: summary and timeline (the invitation to gmial.com bounced).
    await row.locator('td').first().click();
    await page.waitForFunction((id) => location.hash === `#/transfers/${id}/show`, original.id, { timeout: 30_000 });
    await page.getByTestId('timeline-message').first().waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('transfer-timeline').textContent()).toContain(`Created: 3 GB to ${TYPO}`);
    await page.waitForLoadState('networkidle');
    await shot(page, '1-show');

    // The fix dialog suggests gmail.com (Julien has an account there); accepting it previews the redirect.
    await page.getByRole('button', { name: 'Fix transfer' }).click();
    const dialog = page.getByRole('dialog');
    const suggestion = dialog.getByTestId('fix-suggestion').filter({ hasText: INTENDED });
    await suggestion.waitFor({ timeout: 30_000 });
    expect(await suggestion.textContent()).toContain('has an account');
    await suggestion.click();
    await expect.poll(() => dialog.getByTestId('fix-plan').textContent(), { timeout: 15_000 }).toContain(`new plan on the account of ${INTENDED} (#${julien.id})`);
    expect(await dialog.getByTestId('fix-recoverable').textContent()).toBe('3 GB');
    expect(await dialog.getByTestId('fix-email').inputValue()).toBe(INTENDED);
    await dialog.getByRole('combobox').click();
    await page.getByRole('option', { name: 'Typo in the e-mail address' }).click();
    await page.getByRole('listbox').waitFor({ state: 'detached' });
    await dialog.getByLabel('Note').fill('gmial.com for gmail.com; the invitation bounced');
    await shot(page, '2-dialog', false);

    await dialog.getByTestId('fix-review').click();
    expect(await dialog.getByTestId('fix-confirm-question').textContent()).toBe(`Redirect 3 GB to ${INTENDED}? This cannot be undone.`);
    await dialog.getByTestId('fix-confirm').click();
    const result = dialog.getByTestId('fix-result');
    await result.waitFor({ timeout: 30_000 });
    expect(await result.textContent()).toContain(`Redirected to ${INTENDED}.`);
    await page.waitForLoadState('networkidle');
    await page.getByText('Transfer fixed').waitFor({ state: 'detached', timeout: 15_000 });
    expect(await page.locator('body').innerText()).not.toMatch(RAW_KEY);
    await shot(page, '3-result', false);

    // The database: the original is redirected, its correction delivered to Julien's account.
    const fixed = await db('transfers').where({ id: original.id }).first();
    expect(fixed).toMatchObject({ status: 'redirected', redirected_to_email: INTENDED, redirected_to_account_id: julien.id, recovered_mb: 3072, unrecoverable_mb: 0 });
    const correction = await db('transfers').where({ corrects_transfer_id: original.id }).first();
    expect(correction).toMatchObject({ status: 'delivered', recipient_email: INTENDED, recipient_account_id: julien.id, amount_mb: 3072 });
    const plan = await db('account_plans').where({ id: correction.recipient_account_plan_id }).first();
    expect(plan).toMatchObject({ account_id: julien.id, origin: 'transfer', data_remaining_mb: 3072 });

    // The correction transfer, then Julien's new plan through its recipient plan link: the data is there.
    await dialog.getByTestId('fix-correction-link').click();
    await page.waitForFunction((id) => location.hash === `#/transfers/${id}/show`, correction.id, { timeout: 30_000 });
    const summary = page.getByTestId('transfer-summary');
    await summary.locator(`a[href="#/account-plans/${plan.id}/show"]`).waitFor({ timeout: 30_000 });
    await summary.locator(`a[href="#/account-plans/${plan.id}/show"]`).click();
    await page.waitForFunction((id) => location.hash === `#/account-plans/${id}/show`, plan.id, { timeout: 30_000 });
    const ledgerRow = page.getByTestId('plan-ledger').locator('tbody tr', { hasText: 'Transfer in' });
    await ledgerRow.waitFor({ timeout: 30_000 });
    expect(await ledgerRow.textContent()).toContain('+3 GB');
    expect(await page.getByTestId('plan-data-left').textContent()).toBe('3 GB left');
    await page.waitForLoadState('networkidle');
    expect(await page.locator('body').innerText()).not.toMatch(RAW_KEY);
    await shot(page, '4-recipient-plan');

    expect(errors).toEqual([]);
    await context.close();
  });

  test('in French: a fixed transfer says why it cannot be fixed again; a used delivered transfer shows what is lost', async () => {
    // A redirect where the wrong recipient had already used part of the data (the demo has some).
    const redirected = await db('transfers').where({ status: 'redirected' }).where('unrecoverable_mb', '>', 0).orderBy('id').first();
    // A delivered transfer whose recipient already used or lost part of it, if the demo has one.
    const delivered = await db('transfers').where({ status: 'delivered' }).whereNull('corrects_transfer_id').orderBy('id').select('id');
    let partlyUsed = delivered[0]!.id as number;
    for (const { id } of delivered) {
      const preview = await previewTransferFix(db, id, new Date());
      if (!preview.reverse.refusal && preview.reverse.unrecoverableMb > 0) { partlyUsed = id; break; }
    }

    const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'fr-FR' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await signIn(page, 'support@kolet.demo');

    await page.goto(`${baseUrl}/#/transfers/${redirected.id}/show`);
    const info = page.getByTestId('transfer-fix-info');
    await info.waitFor({ timeout: 30_000 });
    expect(await info.textContent()).toContain('Un transfert ne se corrige qu’une fois');
    expect(await page.getByRole('button', { name: 'Corriger le transfert' }).isDisabled()).toBe(true);
    await page.getByTestId('timeline-audit').first().waitFor({ timeout: 30_000 });
    await page.getByTestId('correction-link').first().waitFor({ timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    expect(await page.locator('body').innerText()).not.toMatch(RAW_KEY);
    await shot(page, '5-fixed-fr');

    await page.goto(`${baseUrl}/#/transfers/${partlyUsed}/show`);
    await page.getByRole('button', { name: 'Corriger le transfert' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: "Rendre à l'expéditeur" }).click();
    await dialog.getByTestId('fix-plan').or(dialog.getByTestId('fix-refusal')).waitFor({ timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    expect(await page.locator('body').innerText()).not.toMatch(RAW_KEY);
    await shot(page, '6-reverse-fr', false);

    expect(errors).toEqual([]);
    await context.close();
  });
});
