import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { previewTransferFix } from '../../server/services/transferFixPreview.ts';
import { haveChromium, SCREENSHOTS, signIn, startConsole, type Console } from './harness.ts';

// The demo's mistake (seeds/demo/transfers.ts): Sophie typed gmial.com for Julien, who has an account at gmail.com.
const SENDER = 'sophie.bernard@outlook.fr';
const TYPO = 'julien.moreau@gmial.com';
const INTENDED = 'julien.moreau@gmail.com';

describe.skipIf(!haveChromium)('support fixes a mistyped transfer in Chromium', () => {
  let app: Console;
  beforeAll(async () => {
    app = await startConsole();
  });
  afterAll(async () => {
    await app?.close();
  });

  // Full pages, except with a dialog open (its backdrop only covers the viewport).
  const shot = (page: Page, name: string, fullPage = true) =>
    page.screenshot({ path: path.join(SCREENSHOTS, `transfer-fix-${name}.png`), fullPage });
  /** Text a missing translation would leave on screen: the key itself. */
  const RAW_KEY = /\b(resources|enums|ra)\.[a-z_-]+\.[a-z_]/;

  test('support finds the gmial.com transfer, redirects it to the suggested gmail.com address, and the data lands on his plan', async () => {
    const original = await app.db('transfers').where({ recipient_email: TYPO }).first();
    expect(original.status).toBe('pending');
    const julien = await app.db('accounts').where({ email: INTENDED }).first();

    const context = await app.browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-GB' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await signIn(page, app.baseUrl, 'support@kolet.demo');

    // The list opens on Pending, with a count on every tab; the sender's e-mail finds the transfer.
    await page.locator('.RaSidebar-fixed a[href="#/transfers"], .MuiDrawer-root a[href="#/transfers"]').first().click();
    await page.waitForSelector('tbody .RaDataTable-row', { timeout: 30_000 });
    await expect.poll(() => page.getByRole('tab', { name: /^Pending \(\d+\)$/ }).count(), { timeout: 15_000 }).toBe(1);
    await expect.poll(() => page.getByRole('tab', { name: /^Reversed \(\d+\)$/ }).count(), { timeout: 15_000 }).toBe(1);
    await page.waitForLoadState('networkidle');
    await shot(page, '0-list');
    await page.getByLabel('Sender e-mail').fill(SENDER);
    const row = page.locator('tbody .RaDataTable-row', { hasText: TYPO });
    await row.waitFor({ timeout: 30_000 });
    await expect.poll(() => page.locator('tbody .RaDataTable-row').count(), { timeout: 15_000 }).toBe(1);
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
    await expect
      .poll(() => dialog.getByTestId('fix-plan').textContent(), { timeout: 15_000 })
      .toContain(`new plan on the account of ${INTENDED} (#${julien.id})`);
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
    const fixed = await app.db('transfers').where({ id: original.id }).first();
    expect(fixed).toMatchObject({
      status: 'redirected',
      redirected_to_email: INTENDED,
      redirected_to_account_id: julien.id,
      recovered_mb: 3072,
      unrecoverable_mb: 0,
    });
    const correction = await app.db('transfers').where({ corrects_transfer_id: original.id }).first();
    expect(correction).toMatchObject({ status: 'delivered', recipient_email: INTENDED, recipient_account_id: julien.id, amount_mb: 3072 });
    const plan = await app.db('account_plans').where({ id: correction.recipient_account_plan_id }).first();
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
    const redirected = await app.db('transfers').where({ status: 'redirected' }).where('unrecoverable_mb', '>', 0).orderBy('id').first();
    // A delivered transfer whose recipient already used or lost part of it, if the demo has one.
    const delivered = await app.db('transfers').where({ status: 'delivered' }).whereNull('corrects_transfer_id').orderBy('id').select('id');
    let partlyUsed = delivered[0]!.id as number;
    for (const { id } of delivered) {
      const preview = await previewTransferFix(app.db, id, new Date());
      if (!preview.reverse.refusal && preview.reverse.unrecoverableMb > 0) {
        partlyUsed = id;
        break;
      }
    }

    const context = await app.browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'fr-FR' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await signIn(page, app.baseUrl, 'support@kolet.demo');

    await page.goto(`${app.baseUrl}/#/transfers/${redirected.id}/show`);
    const info = page.getByTestId('transfer-fix-info');
    await info.waitFor({ timeout: 30_000 });
    expect(await info.textContent()).toContain('Un transfert ne se corrige qu’une fois');
    expect(await page.getByRole('button', { name: 'Corriger le transfert' }).isDisabled()).toBe(true);
    await page.getByTestId('timeline-audit').first().waitFor({ timeout: 30_000 });
    await page.getByTestId('correction-link').first().waitFor({ timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    expect(await page.locator('body').innerText()).not.toMatch(RAW_KEY);
    await shot(page, '5-fixed-fr');

    await page.goto(`${app.baseUrl}/#/transfers/${partlyUsed}/show`);
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
