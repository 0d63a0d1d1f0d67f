import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { SYSTEM } from '../../server/domain/actor.ts';
import { enqueueNoticeBatch } from '../../server/services/notices.ts';
import { haveChromium, SCREENSHOTS, signIn, startConsole, type Console } from './harness.ts';

// Customer complaints (GCU §14, GCS §18) and notices to customers (GCU §10.1, GCS §10.2) in Chromium, on the demo data.
describe.skipIf(!haveChromium)('complaints and notices in Chromium', () => {
  let app: Console;
  beforeAll(async () => {
    app = await startConsole();
  });
  afterAll(async () => {
    await app?.close();
  });

  const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `complaints-notices-${name}.png`) });
  async function pageAs(email: string) {
    const context = await app.browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-GB' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await signIn(page, app.baseUrl, email);
    return { page, errors };
  }
  const choose = async (page: Page, scope: ReturnType<Page['getByTestId']>, label: string, option: string) => {
    await scope.getByLabel(label).click();
    await page.getByRole('option', { name: option }).click();
    await page.getByRole('listbox').waitFor({ state: 'detached' });
  };

  test('support logs a complaint from the 360, answers it; the customer is not satisfied → the mediator message is in the outbox', async () => {
    const awaiting = await app.db('customer_complaints').where({ status: 'acknowledged' }).first();
    expect(awaiting, 'the demo holds a complaint awaiting its answer').toBeTruthy();
    const customer = await app
      .db('accounts')
      .where({ status: 'active' })
      .whereNotExists(app.db('customer_complaints as c').whereRaw('c.account_id = accounts.id'))
      .orderBy('id')
      .first();
    const { page, errors } = await pageAs('support@kolet.demo');
    await page.goto(`${app.baseUrl}/#/accounts/${customer.id}/show`);
    await page.getByTestId('account-identity').waitFor({ timeout: 30_000 });
    await page.getByTestId('account-log-complaint').click();
    const dialog = page.getByTestId('account-complaint-dialog');
    await dialog.getByLabel('Subject').fill('Charged twice for one plan');
    await dialog.getByLabel("The customer's words").fill('I see two payments for my Japan plan on my bank statement. Please refund one.');
    await dialog.getByTestId('account-complaint-review').click();
    expect(await dialog.getByTestId('account-complaint-question').textContent()).toContain('Charged twice for one plan');
    await dialog.getByTestId('account-complaint-confirm').click();
    await page.getByTestId('complaint-subject').waitFor({ timeout: 30_000 });
    const complaint = await app.db('customer_complaints').where({ account_id: customer.id }).first();
    expect(complaint).toMatchObject({ status: 'acknowledged', channel: 'email' });
    expect(await app.db('messages').where({ account_id: customer.id, template: 'complaint_acknowledged' })).toHaveLength(1);

    await page.getByTestId('complaint-move-answer').click();
    const answer = page.getByTestId('complaint-answer-dialog');
    await choose(page, answer, 'Outcome', 'Rejected');
    await answer
      .getByRole('textbox', { name: 'Answer' })
      .fill('We checked with our payment provider: the second line is an authorisation that was released, not a payment.');
    await answer.getByTestId('complaint-answer-review').click();
    await answer.getByTestId('complaint-answer-confirm').click();
    await answer.waitFor({ state: 'detached', timeout: 30_000 });
    await expect.poll(async () => page.getByTestId('complaint-status').textContent(), { timeout: 15_000 }).toBe('Answered');

    await page.getByTestId('complaint-move-refer-mediator').click();
    const mediator = page.getByTestId('complaint-refer-mediator-dialog');
    await mediator.getByLabel('Note (what the customer said)').fill('Replied by e-mail: not satisfied');
    await mediator.getByTestId('complaint-refer-mediator-review').click();
    await mediator.getByTestId('complaint-refer-mediator-confirm').click();
    await mediator.waitFor({ state: 'detached', timeout: 30_000 });
    await page.getByTestId('complaint-mediator').waitFor({ timeout: 15_000 });
    const sent = await app.db('messages').where({ account_id: customer.id, template: 'complaint_mediator' });
    expect(sent).toHaveLength(1);
    expect(sent[0].body).toContain('consumer_mediator');
    expect((await app.db('customer_complaints').where({ id: complaint.id }).first()).status).toBe('referred_to_mediator');
    await shot(page, 'complaint-mediator');

    // The register: the awaiting tab counts the demo's complaint.
    await page.goto(`${app.baseUrl}/#/customer-complaints`);
    await page.getByTestId(`complaint-status-${awaiting.id}`).waitFor({ timeout: 30_000 });
    await shot(page, 'register');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('an admin sends a notice to customers with an active plan in Japan: the outbox holds exactly that many messages', async () => {
    const japan = await app
      .db('accounts as a')
      .where('a.status', 'active')
      .whereExists(app.db('account_plans as p').whereRaw('p.account_id = a.id').where({ 'p.status': 'active', 'p.country_code': 'JP' }))
      .select('a.id', 'a.locale');
    expect(japan.length, 'the demo holds customers with an active plan in Japan').toBeGreaterThan(0);
    const { page, errors } = await pageAs('admin@kolet.demo');
    await page.goto(`${app.baseUrl}/#/customer-notices`);
    await page.getByTestId('notice-compose-open').click();
    const dialog = page.getByTestId('notice-compose-dialog');
    await choose(page, dialog, 'Audience', 'Customers with an active plan in a country');
    await dialog.getByLabel('Country', { exact: true }).fill('JP');
    const inThreeDays = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    await dialog.getByLabel('Effective on').fill(inThreeDays);
    await dialog.getByLabel('Subject (French)').fill('Coupure réseau au Japon');
    await dialog.getByLabel('Text (French)').fill('Notre opérateur au Japon annonce une maintenance de nuit.');
    await dialog.getByLabel('Subject (English)').fill('Network outage in Japan');
    await dialog.getByLabel('Text (English)').fill('Our operator in Japan announces a night-time maintenance.');
    await dialog.getByTestId('notice-compose-review').click();
    await dialog.getByTestId('notice-compose-confirm').click();
    await page.getByTestId('notice-count').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('notice-count').textContent()).toContain(`${japan.length} customer`);
    expect(await page.getByTestId('notice-preview-en').textContent()).toContain('Network outage in Japan');
    await shot(page, 'notice-preview');
    const notice = await app.db('customer_notices').orderBy('id', 'desc').first();
    expect(notice).toMatchObject({ status: 'draft', audience: 'active_plan_country', country_code: 'JP' });

    await page.getByTestId('notice-send').click();
    const send = page.getByTestId('notice-send-dialog');
    await send.getByTestId('notice-send-review').click();
    await send.getByTestId('notice-send-confirm').click();
    await send.waitFor({ state: 'detached', timeout: 30_000 });
    await expect
      .poll(async () => (await app.db('customer_notices').where({ id: notice.id }).first()).status, { timeout: 15_000 })
      .toBe('sending');

    // The batching step (the notices.enqueue job), run until nothing is left.
    const run = () => app.db.transaction((trx) => enqueueNoticeBatch({ trx, actor: SYSTEM, now: new Date(), queue: async () => {} }));
    while ((await run()).queued > 0);
    const messages = await app.db('messages').where({ related_entity: 'customer-notices', related_id: String(notice.id) });
    expect(messages).toHaveLength(japan.length);
    expect(new Set(messages.map((m) => m.account_id))).toEqual(new Set(japan.map((a) => a.id)));
    for (const m of messages)
      expect(m.subject).toBe(
        japan.find((a) => a.id === m.account_id)!.locale === 'en' ? 'Network outage in Japan' : 'Coupure réseau au Japon',
      );
    expect((await app.db('customer_notices').where({ id: notice.id }).first()).status).toBe('sent');
    await page.reload();
    await page.getByTestId('notice-count').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('notice-count').textContent()).toContain(`${japan.length} of ${japan.length} messages`);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
