import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { haveChromium, SCREENSHOTS, startConsole, type Console } from './harness.ts';

// The public DSA notice form (Art. 16) in Chromium: it works with JavaScript off, in French and English,
// and neither hostile input nor an oversized text can break it.
describe.skipIf(!haveChromium)('the public "report illegal content" form in Chromium', () => {
  let app: Console;
  beforeAll(async () => {
    app = await startConsole();
  });
  afterAll(async () => {
    await app?.close();
  });

  const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `public-form-${name}.png`), fullPage: true });

  /** A page that records any dialog (an executed alert()) and any script error. */
  async function openForm(options: BrowserContextOptions, query: string) {
    const context = await app.browser.newContext({ viewport: { width: 1000, height: 900 }, ...options });
    const page = await context.newPage();
    const dialogs: string[] = [];
    const errors: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${app.baseUrl}/report-illegal-content${query}`);
    return { context, page, dialogs, errors };
  }

  const heading = async (page: Page) => (await page.locator('h1').textContent())?.trim();
  /** The id of the focused element (the error summary gets one for this). */
  const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id || document.activeElement?.className);

  async function reviewId(): Promise<number> {
    const review = await app.db('reviews').where({ status: 'published' }).orderBy('id').first('id');
    expect(review, 'the demo has a published review').toBeTruthy();
    return review.id;
  }

  test('(a) JavaScript off, French: fill in, send, see the receipt with the reference', async () => {
    const { context, page, errors } = await openForm({ javaScriptEnabled: false, locale: 'fr-FR' }, '');
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    expect(await heading(page)).toBe('Signaler un contenu illicite');
    const id = await reviewId();
    // Every control is reached by its label.
    await page
      .getByLabel('Type de contenu illicite')
      .selectOption({ label: 'Propos illicites (diffamation, discours de haine, discrimination)' });
    await page
      .getByLabel('Pourquoi ce contenu est-il illicite ?')
      .fill("Cet avis accuse nommément le gérant d'une escroquerie : c'est une diffamation.");
    await page.getByLabel('Emplacement exact du contenu').fill(`${id}\nhttps://forum.example/discussion/42`);
    await page.getByLabel('Pays où le contenu est illicite (facultatif)').selectOption('FR');
    await page.getByLabel("Nom et prénom, ou nom de l'organisation").fill('Jeanne Martin');
    await page.getByLabel('Adresse e-mail').fill('jeanne.e2e@example.org');
    await page.getByLabel(/Je déclare de bonne foi/).check();
    await shot(page, 'fr-filled');
    await Promise.all([page.waitForURL(/\/received\//), page.getByRole('button', { name: 'Envoyer le signalement' }).click()]);

    expect(await heading(page)).toBe('Signalement reçu');
    const reference = (await page.locator('.reference').textContent())!.trim();
    expect(reference).toMatch(/^DSA-\d{4}-[A-Z0-9]{8}$/);
    expect(await page.locator('main').textContent()).toContain('Un accusé de réception avec cette référence est envoyé');
    expect(await page.getByRole('link', { name: 'contester une décision' }).getAttribute('href')).toBe('/dsa-complaint?lang=fr');
    const notice = await app.db('dsa_notices').where({ reference }).first();
    expect(notice).toMatchObject({ notifier_email: 'jeanne.e2e@example.org', member_state: 'FR', language: 'fr' });
    expect(JSON.parse(notice.locations)).toEqual([`review:${id}`, 'https://forum.example/discussion/42']);
    await shot(page, 'fr-received');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('(b) JavaScript on, English: a child-protection notice may stay anonymous; no acknowledgement then', async () => {
    const { context, page, errors } = await openForm({ locale: 'fr-FR' }, '?lang=en');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await Promise.all([page.waitForURL(/lang=fr$/), page.getByRole('link', { name: 'Français' }).click()]);
    expect(await heading(page)).toBe('Signaler un contenu illicite');
    await Promise.all([page.waitForURL(/lang=en$/), page.getByRole('link', { name: 'English' }).click()]);
    expect(await heading(page)).toBe('Report illegal content');

    await page.getByLabel('Kind of illegal content').selectOption({ label: 'Protection of minors, including child sexual abuse' });
    await page.getByLabel('Why is this content illegal?').fill('The review links to images of child sexual abuse.');
    await page.getByLabel('Exact location of the content').fill(String(await reviewId()));
    await page.getByLabel(/threat to someone's life/).check();
    await page.getByLabel(/I declare in good faith/).check();
    await Promise.all([page.waitForURL(/\/received\//), page.getByRole('button', { name: 'Send the notice' }).click()]);

    expect(await heading(page)).toBe('Notice received');
    const reference = (await page.locator('.reference').textContent())!.trim();
    expect(await page.locator('main').textContent()).toContain('You gave no e-mail address: no acknowledgement is sent');
    expect(await app.db('dsa_notices').where({ reference }).first()).toMatchObject({ notifier_email: null, priority: 2, language: 'en' });
    await shot(page, 'en-received');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('(c) hostile input without the good-faith box: errors shown, every value kept literally, nothing runs', async () => {
    const { context, page, dialogs, errors } = await openForm({ javaScriptEnabled: true, locale: 'en-GB' }, '?lang=en');
    const script = '<script>alert(1)</script>';
    const img = '"><img src=x onerror=alert(1)>';
    const texts = {
      'Why is this content illegal?': `${script} ${img}`,
      'Exact location of the content': `${script}\n${img}`,
      'Law infringed (optional)': img,
      'Full name, or name of the organisation': script,
      'E-mail address': img,
    };
    await page.getByLabel('Kind of illegal content').selectOption({ label: 'Scams and fraud (including fake reviews)' });
    for (const [label, value] of Object.entries(texts)) await page.getByLabel(label, { exact: true }).fill(value);
    await Promise.all([page.waitForSelector('.error-summary'), page.getByRole('button', { name: 'Send the notice' }).click()]);

    expect(await page.title()).toBe('Error: Report illegal content — Kolet');
    const summary = page.locator('.error-summary');
    expect(await focusedId(page), 'the error summary has the focus').toBe('error-summary');
    expect(
      await summary.getByRole('link', { name: 'Confirm in good faith that the notice is accurate and complete' }).getAttribute('href'),
    ).toBe('#goodFaith');
    expect(await summary.getByRole('link', { name: /^Line 1: A review number/ }).getAttribute('href')).toBe('#locations');
    expect(await summary.getByRole('link', { name: /valid e-mail address/ }).isVisible()).toBe(true);
    for (const [label, value] of Object.entries(texts))
      expect(await page.getByLabel(label, { exact: true }).inputValue(), label).toBe(value);
    expect(await page.getByLabel(/I declare in good faith/).getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(0);
    await summary.getByRole('link', { name: /Confirm in good faith/ }).click();
    expect(await focusedId(page)).toBe('goodFaith');
    await shot(page, 'hostile-errors');
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('(d) a 100 KB explanation: a clear error page, nothing recorded', async () => {
    const before = Number((await app.db('dsa_notices').count({ n: '*' }).first())!.n);
    const { context, page, dialogs } = await openForm({ javaScriptEnabled: false, locale: 'en-GB' }, '?lang=en');
    await page.getByLabel('Kind of illegal content').selectOption({ label: 'Scams and fraud (including fake reviews)' });
    await page.getByLabel('Why is this content illegal?').fill('This fake review was paid for. '.repeat(3_400)); // ≈ 105 KB
    await page.getByLabel('Exact location of the content').fill('https://forum.example/x');
    await page.getByLabel(/I declare in good faith/).check();
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST'),
      page.getByRole('button', { name: 'Send the notice' }).click(),
    ]);
    expect(response.status()).toBe(413);
    await page.waitForLoadState();
    expect(await heading(page)).toBe('Too much text');
    expect(await page.locator('main').textContent()).toContain('Texts are limited to 10,000 characters');
    expect(await page.getByRole('link', { name: 'Back to the form' }).getAttribute('href')).toBe('/report-illegal-content?lang=en');
    expect(Number((await app.db('dsa_notices').count({ n: '*' }).first())!.n)).toBe(before);
    await shot(page, 'too-large');
    expect(dialogs).toEqual([]);
    await context.close();
  });
});
