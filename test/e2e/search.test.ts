// The app bar's one search in Chromium (issue 14, docs/SEARCH.md): a name, a phone in two formats, an
// inner part of an e-mail, a mistyped transfer recipient reaching the transfer, an ICCID's last
// digits, a notice reference; keyboard only; and a moderator's search never matches a phone.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { haveChromium, SCREENSHOTS, signIn, startConsole, type Console } from './harness.ts';

const PHONE = '+33625069571';
const SOPHIE = 'sophie.bernard@outlook.fr';
const TYPO = 'julien.moreau@gmial.com';

describe.skipIf(!haveChromium)('the one search in Chromium', () => {
  let app: Console;
  let sophieId: number;
  beforeAll(async () => {
    app = await startConsole();
    sophieId = (await app.db('accounts').where({ email: SOPHIE }).first('id')).id;
    await app.db('accounts').where({ id: sophieId }).update({ phone: PHONE });
  });
  afterAll(async () => {
    await app?.close();
  });

  const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `search-${name}.png`) });
  const results = (page: Page) => page.getByRole('listbox', { name: 'Search results' });

  /** Types a query into the app-bar box (by keyboard), waits for the results of `kind` and returns them. */
  async function type(page: Page, q: string, kind: string) {
    const box = page.getByTestId('global-search');
    await box.click();
    await box.fill('');
    await box.pressSequentially(q, { delay: 20 });
    const group = results(page).getByTestId(`search-group-${kind}`);
    await group.waitFor({ timeout: 20_000 });
    return group.getByRole('option');
  }
  const openedAt = (page: Page, hash: string) => page.waitForFunction((h) => location.hash === h, hash, { timeout: 30_000 });

  test('support: a name, a phone in two formats, part of an e-mail, a mistyped recipient, the end of an ICCID', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-GB' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await signIn(page, app.baseUrl, 'support@kolet.demo');

    // A name, as people say it: the customer first; Enter opens the 360.
    let options = await type(page, 'Sophie Bernard', 'customer');
    expect(await options.first().getAttribute('data-testid')).toBe(`search-result-customer-${sophieId}`);
    expect(await options.first().textContent()).toContain(SOPHIE);
    await shot(page, '0-name');
    await page.getByTestId('global-search').press('Enter');
    await openedAt(page, `#/accounts/${sophieId}/show`);
    expect(await page.getByTestId('global-search').inputValue()).toBe('');

    // A phone number, national then international.
    for (const q of ['06 25 06 95 71', '+33 6 25 06 95 71']) {
      options = await type(page, q, 'customer');
      expect(await options.first().getAttribute('data-testid'), q).toBe(`search-result-customer-${sophieId}`);
      expect(await options.first().textContent()).toContain('Phone (exact)');
    }
    await shot(page, '1-phone');

    // An inner part of the e-mail.
    options = await type(page, 'bernard@outl', 'customer');
    await expect.poll(async () => (await options.allTextContents()).some((t) => t.includes(SOPHIE)), { timeout: 15_000 }).toBe(true);
    await shot(page, '2-email-part');

    // The mistyped recipient of a pending transfer: the transfer comes first, and Enter opens it (not "no customer").
    const transfer = await app.db('transfers').where({ recipient_email: TYPO, status: 'pending' }).first('id');
    options = await type(page, TYPO, 'transfer');
    const groups = await results(page)
      .locator('[data-testid^="search-group-"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
    expect(groups[0]).toBe('search-group-transfer');
    expect(await options.first().textContent()).toContain('Pending');
    await shot(page, '3-mistyped-transfer');
    await page.getByTestId('global-search').press('Enter');
    await openedAt(page, `#/transfers/${transfer.id}/show`);

    // The last six digits of an ICCID, chosen with the arrow keys among the results.
    const esim = await app.db('esims').orderBy('id', 'desc').first('id', 'iccid');
    options = await type(page, esim.iccid.slice(-6), 'esim');
    const ids = await options.evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
    const at = ids.indexOf(`search-result-esim-${esim.id}`);
    expect(at).toBeGreaterThanOrEqual(0);
    const all = await results(page)
      .getByRole('option')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
    const index = all.indexOf(`search-result-esim-${esim.id}`);
    for (let i = 0; i < index; i++) await page.getByTestId('global-search').press('ArrowDown');
    await shot(page, '4-iccid-suffix');
    await page.getByTestId('global-search').press('Enter');
    await openedAt(page, `#/esims/${esim.id}/show`);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('moderator: a notice by part of its reference; a phone number finds nobody', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-GB' });
    const page = await context.newPage();
    await signIn(page, app.baseUrl, 'moderator@kolet.demo');
    const notice = await app.db('dsa_notices').orderBy('id', 'desc').first('id', 'reference');
    const part = notice.reference.slice(-5);
    const options = await type(page, part.toLowerCase(), 'dsa_notice');
    expect(await options.allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining(notice.reference)]));
    await shot(page, '5-notice-reference');
    const all = await results(page)
      .getByRole('option')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
    for (let i = 0; i < all.indexOf(`search-result-dsa_notice-${notice.id}`); i++)
      await page.getByTestId('global-search').press('ArrowDown');
    await page.getByTestId('global-search').press('Enter');
    await openedAt(page, `#/dsa-notices/${notice.id}/show`);

    for (const q of ['06 25 06 95 71', '+33 6 25 06 95 71']) {
      const box = page.getByTestId('global-search');
      await box.click();
      await box.fill('');
      await box.pressSequentially(q, { delay: 20 });
      await page.getByText('Nothing found').waitFor({ timeout: 20_000 });
      expect(await page.getByTestId(`search-result-customer-${sophieId}`).count()).toBe(0);
    }
    await shot(page, '6-moderator-phone');
    await context.close();
  });
});
