import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { savedReply } from '../../server/domain/conversations/savedReplies.ts';
import { DEMO_INTEGRATION_TOKEN } from '../../seeds/demo/index.ts';
import { haveChromium, SCREENSHOTS, signIn, startConsole, type Console } from './harness.ts';

// The support inbox (docs/CONVERSATIONS.md) in Chromium, in French: Sophie writes from the app about the
// gmial.com transfer (seeds/demo/transfers.ts), support claims the conversation, fixes the transfer from it,
// answers with the saved reply, and the app's read of her conversations shows the answer.
const SENDER = 'sophie.bernard@outlook.fr';
const TYPO = 'julien.moreau@gmial.com';
const INTENDED = 'julien.moreau@gmail.com';
const RAW_KEY = /\b(resources|enums|ra)\.[a-z_-]+\.[a-z_]/;

describe.skipIf(!haveChromium)('support answers a customer from the inbox in Chromium', () => {
  let app: Console;
  beforeAll(async () => {
    app = await startConsole();
  });
  afterAll(async () => {
    await app?.close();
  });

  const shot = (page: Page, name: string, fullPage = true) =>
    page.screenshot({ path: path.join(SCREENSHOTS, `conversations-${name}.png`), fullPage });
  const integration = (p: string, init: RequestInit = {}) =>
    fetch(`${app.baseUrl}/api/integration/${p}`, {
      ...init,
      headers: { authorization: `Bearer ${DEMO_INTEGRATION_TOKEN}`, 'content-type': 'application/json' },
    });

  test('a message about a mistyped address arrives, support claims it, fixes the transfer, answers in French; the app reads the answer', async () => {
    const sophie = await app.db('accounts').where({ email: SENDER }).first();
    const transfer = await app.db('transfers').where({ recipient_email: TYPO, status: 'pending' }).first();
    const subject = 'Faute de frappe dans l’adresse de Julien';
    // The customer's message, through the integration API, linked to the transfer. Customer text is never HTML.
    const sent = await integration('conversations', {
      method: 'POST',
      body: JSON.stringify({
        accountId: sophie.id,
        subject,
        text: `J'ai tapé ${TYPO} au lieu de gmail.com <b>pas en gras</b>`,
        transferId: transfer.id,
      }),
    });
    expect(sent.status, await sent.clone().text()).toBe(201);
    const conversation = (await sent.json()) as { id: number; status: string };
    expect(conversation.status).toBe('new');

    const context = await app.browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'fr-FR' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await signIn(page, app.baseUrl, 'support@kolet.demo');

    // The queue opens on New, with a count on every tab; the message is there.
    await page.goto(`${app.baseUrl}/#/conversations`);
    await expect.poll(() => page.getByRole('tab', { name: /^Nouvelle \(\d+\)$/ }).count(), { timeout: 30_000 }).toBe(1);
    await expect.poll(() => page.getByRole('tab', { name: /^Résolue \(\d+\)$/ }).count(), { timeout: 15_000 }).toBe(1);
    const row = page.locator('tbody .RaDataTable-row', { hasText: subject });
    await row.waitFor({ timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    await shot(page, '0-queue');
    await row.locator('td').first().click();
    await page.waitForFunction((id) => location.hash === `#/conversations/${id}/show`, conversation.id, { timeout: 30_000 });

    // The thread shows the customer's words as text: the tag is visible, nothing is bold.
    const body = page.getByTestId('thread-message-customer').getByTestId('thread-message-body');
    await body.waitFor({ timeout: 30_000 });
    expect(await body.textContent()).toContain('<b>pas en gras</b>');
    expect(await page.getByTestId('conversation-thread').locator('b').count()).toBe(0);

    // Claim.
    await page.getByTestId('conversation-claim').click();
    await page.getByTestId('conversation-release').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('conversation-claim-panel').textContent()).toContain('Vous traitez cette conversation');

    // The transfer fix, one click from the conversation: the dialog suggests gmail.com.
    await page.getByTestId('conversation-fix-transfer').click();
    const dialog = page.getByRole('dialog');
    const suggestion = dialog.getByTestId('fix-suggestion').filter({ hasText: INTENDED });
    await suggestion.waitFor({ timeout: 30_000 });
    await suggestion.click();
    await expect.poll(() => dialog.getByTestId('fix-email').inputValue(), { timeout: 15_000 }).toBe(INTENDED);
    await dialog.getByRole('combobox').click();
    await page.getByRole('option', { name: 'Faute de frappe dans l’adresse e-mail' }).click();
    await page.getByRole('listbox').waitFor({ state: 'detached' });
    await dialog.getByLabel('Note').fill('gmial.com pour gmail.com, signalé par la cliente');
    await shot(page, '1-fix', false);
    await dialog.getByTestId('fix-review').click();
    await dialog.getByTestId('fix-confirm').click();
    await dialog.getByTestId('fix-result').waitFor({ timeout: 30_000 });
    await dialog.getByRole('button', { name: 'Fermer' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await app.db('transfers').where({ id: transfer.id }).first()).toMatchObject({
      status: 'redirected',
      redirected_to_email: INTENDED,
    });
    await expect.poll(() => page.getByTestId('conversation-fix-transfer').isDisabled(), { timeout: 15_000 }).toBe(true);

    // The answer: the saved reply in French, edited before sending.
    await page.getByTestId('conversation-answer').click();
    const answer = page.getByRole('dialog');
    await answer.getByLabel('Réponse enregistrée').click();
    await page.getByRole('option', { name: 'Transfert corrigé' }).click();
    await page.getByRole('listbox').waitFor({ state: 'detached' });
    const text = answer.getByTestId('answer-text');
    expect(await text.inputValue()).toBe(savedReply('transfer_fixed')!.text.fr);
    await text.fill(`${await text.inputValue()}\nPS : Julien a bien reçu les 3 Go.`);
    await shot(page, '2-answer', false);
    await answer.getByTestId('answer-send').click();
    await answer.waitFor({ state: 'detached', timeout: 30_000 });
    await expect.poll(() => page.getByTestId('conversation-status').textContent(), { timeout: 30_000 }).toBe('En attente du client');
    await page.getByTestId('thread-message-staff').waitFor({ timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    expect(await page.locator('body').innerText()).not.toMatch(RAW_KEY);
    await shot(page, '3-answered');

    // Sophie's 360 lists her conversations, with the answer dialog one click away on the open ones.
    await page.goto(`${app.baseUrl}/#/accounts/${sophie.id}/show`);
    const section = page.getByTestId('section-conversations');
    await section.getByText(subject).waitFor({ timeout: 30_000 });
    expect(await section.getByTestId('overview-answer').count()).toBeGreaterThan(0);
    await page.waitForLoadState('networkidle');
    expect(await page.locator('body').innerText()).not.toMatch(RAW_KEY);
    await shot(page, '4-360');

    // The app's read of Sophie's conversations shows the answer, signed Kolet; the e-mail is queued in French.
    const read = await integration(`accounts/${sophie.id}/conversations`);
    const mine = (await read.json()) as { id: number; status: string; messages: { from: string; text: string; language: string }[] }[];
    const thread = mine.find((c) => c.id === conversation.id)!;
    expect(thread.status).toBe('waiting_customer');
    expect(thread.messages.at(-1)).toMatchObject({ from: 'kolet', language: 'fr' });
    expect(thread.messages.at(-1)!.text).toContain('Nous avons corrigé l');
    expect(thread.messages.at(-1)!.text).toContain('Julien a bien reçu les 3 Go');
    const mail = await app
      .db('messages')
      .where({ related_entity: 'conversations', related_id: String(conversation.id) })
      .first();
    expect(mail).toMatchObject({ to_address: SENDER, locale: 'fr', template: 'conversation_answer' });
    const audit = await app
      .db('audit_log')
      .where({ entity: 'conversations', entity_id: String(conversation.id) })
      .orderBy('id')
      .pluck('action');
    expect(audit).toEqual(['conversations.customer-message', 'conversations.claim', 'conversations.answer']);

    expect(errors).toEqual([]);
    await context.close();
  });
});
