import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parisDate, startOfParisDay } from '../../server/domain/calendar.ts';
import type { Page } from 'playwright-core';
import { haveChromium, SCREENSHOTS, signIn, startConsole, type Console } from './harness.ts';

const MODERATOR = 'moderator@kolet.demo';

describe.skipIf(!haveChromium)('a moderator works the reviews and DSA notices in Chromium', () => {
  let app: Console;
  beforeAll(async () => {
    app = await startConsole();
  });
  afterAll(async () => {
    await app?.close();
  });

  // Full pages, except with a dialog open (its backdrop only covers the viewport).
  /**
   * Shot once every finite animation has ended (progress bars loop forever): a dialog's fade, and a text
   * field's label moving up (200 ms) after `fill`, else caught half-way over the typed text.
   */
  const shot = async (page: Page, name: string, fullPage = true) => {
    await page.waitForFunction(() =>
      document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity),
    );
    await page.screenshot({ path: path.join(SCREENSHOTS, `moderation-${name}.png`), fullPage });
  };
  /** Text a missing translation would leave on screen: the key itself. */
  const RAW_KEY = /\b(resources|enums|ra|tdb|dsa_transparency)\.[a-z_-]+\.[a-zA-Z_]/;
  const rows = (page: Page) => page.locator('tbody .RaDataTable-row');

  async function openAsModerator() {
    const context = await app.browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-GB' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await signIn(page, app.baseUrl, MODERATOR);
    return { context, page, errors };
  }

  test('the top reported review is removed on a GCU ground with a note, and a statement of reasons is issued', async () => {
    // The queue's order (docs/TRUST-SAFETY.md): most severe, then most reported, then the oldest report.
    const queue = () =>
      app
        .db('reviews')
        .where({ status: 'published' })
        .where('report_count', '>', 0)
        .orderBy([
          { column: 'severity', order: 'desc' },
          { column: 'report_count', order: 'desc' },
          { column: 'last_reported_at', order: 'asc' },
        ]);
    const first = await queue().first();
    // Reviews under an undecided DSA notice are settled by the notice (409 open_dsa_notice): the most severe of the others.
    const top = await queue()
      .whereNotExists((q) =>
        q
          .select('id')
          .from('review_reports as rr')
          .whereRaw('rr.review_id = reviews.id')
          .where({ 'rr.status': 'open', 'rr.reason': 'dsa_notice' }),
      )
      .first();
    expect(top, 'the demo has reported reviews outside DSA notices').toBeTruthy();
    const note = 'Accuses the manager of a criminal conviction that does not exist; no account of the service.';
    const { context, page, errors } = await openAsModerator();

    await page.locator('.RaSidebar-fixed a[href="#/reviews"], .MuiDrawer-root a[href="#/reviews"]').first().click();
    await rows(page).first().waitFor({ timeout: 30_000 });
    expect(await page.getByRole('tab', { selected: true }).textContent()).toMatch(/^Reported \(\d+\)$/);
    expect(await rows(page).first().locator('td.column-id').textContent()).toBe(String(first.id));
    await page.waitForLoadState('networkidle');
    expect(await page.locator('body').innerText()).not.toMatch(RAW_KEY);
    await shot(page, '0-reviews-queue');

    await rows(page)
      .filter({ has: page.locator('td.column-id', { hasText: new RegExp(`^${top.id}$`) }) })
      .locator('td.column-id')
      .click();
    await page.waitForFunction((id) => location.hash === `#/reviews/${id}/show`, top.id, { timeout: 30_000 });
    await page.getByTestId('review-reports').locator('tbody tr').first().waitFor({ timeout: 30_000 });
    await page.getByTestId('review-action-remove').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: /Ground/ }).click();
    await page.getByRole('option', { name: 'Defamatory' }).click();
    await page.getByRole('listbox').waitFor({ state: 'detached' });
    await dialog.getByLabel(/^Note/).fill(note);
    await shot(page, '1-remove-dialog', false);
    await dialog.getByTestId('remove-review').click();
    expect(await dialog.getByTestId('remove-question').textContent()).toContain(`Remove review #${top.id} as “Defamatory”?`);
    await dialog.getByTestId('remove-confirm').click();

    // The statement of reasons the removal issued, one click away.
    const removed = page.getByTestId('removed-dialog');
    await removed.waitFor({ timeout: 30_000 });
    const statement = await app
      .db('statements_of_reasons')
      .where({ review_id: top.id })
      .whereNull('notice_id')
      .orderBy('id', 'desc')
      .first();
    expect(statement).toMatchObject({
      decision_ground: 'DECISION_GROUND_INCOMPATIBLE_CONTENT',
      incompatible_content_explanation: note,
      account_id: top.account_id,
    });
    expect(await removed.getByTestId('removed-statement').textContent()).toContain(statement.puid);
    await shot(page, '2-removed-dialog', false);
    await removed.getByRole('button', { name: 'Close' }).click();

    await expect.poll(() => page.getByTestId('review-summary').textContent(), { timeout: 15_000 }).toContain('Removed');
    await page.getByTestId('review-removal').getByText(note).waitFor({ timeout: 15_000 });
    await page.getByTestId('review-statements').getByText(statement.puid).waitFor({ timeout: 15_000 });
    await page.waitForLoadState('networkidle');
    expect(await page.locator('body').innerText()).not.toMatch(RAW_KEY);
    await shot(page, '3-review-removed');

    expect(await app.db('reviews').where({ id: top.id }).first()).toMatchObject({
      status: 'removed',
      removal_ground: 'defamatory',
      removal_note: note,
      report_count: 0,
    });
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a DSA notice is claimed, then decided as a removal for illegal content; its statement of reasons shows on the notice and in the list', async () => {
    // The first notice of the "Received" queue that names a published review and a category a statement can carry.
    const picked = await app
      .db('dsa_notices as n')
      .join('reviews as r', 'r.id', 'n.review_id')
      .where({ 'n.status': 'received', 'r.status': 'published' })
      .whereNot('n.category', 'STATEMENT_CATEGORY_NOT_SPECIFIED_NOTICE')
      .orderBy([
        { column: 'n.priority', order: 'desc' },
        { column: 'n.decision_due_at', order: 'asc' },
      ])
      .first('n.*');
    expect(picked, 'the demo has an open notice on a published review').toBeTruthy();
    const moderator = await app.db('staff').where({ email: MODERATOR }).first();
    const law = 'Code civil, art. 9 (droit au respect de la vie privée)';
    const explanation = 'The review publishes the personal phone number and home street of an identifiable employee.';
    const { context, page, errors } = await openAsModerator();

    // The queue: status tabs with counts, the 72-hour clock on every row.
    await page.locator('.RaSidebar-fixed a[href="#/dsa-notices"], .MuiDrawer-root a[href="#/dsa-notices"]').first().click();
    await rows(page).first().waitFor({ timeout: 30_000 });
    for (const tab of ['Received', 'In review', 'Decided', 'Closed']) {
      await expect.poll(() => page.getByRole('tab', { name: new RegExp(`^${tab} \\(\\d+\\)$`) }).count(), { timeout: 15_000 }).toBe(1);
    }
    expect(await rows(page).count()).toBe(
      await app
        .db('dsa_notices')
        .where({ status: 'received' })
        .count({ n: '*' })
        .then(([r]) => Number(r!.n)),
    );
    expect(await page.getByTestId('notice-clock').count()).toBe(await rows(page).count());
    await page.waitForLoadState('networkidle');
    expect(await page.locator('body').innerText()).not.toMatch(RAW_KEY);
    await shot(page, '4-notices-queue');
    await page.getByRole('tab', { name: /^In review/ }).click();
    await page.getByTestId('claim-holder-you').first().waitFor({ timeout: 30_000 });
    await shot(page, '5-notices-in-review');
    // The demo's threat to life was decided (and referred to the police): its row is red, its chip says why.
    await page.getByRole('tab', { name: /^Decided/ }).click();
    const threat = await app.db('dsa_notices').where({ threat_to_life: true }).first();
    await rows(page).filter({ hasText: threat.reference }).getByTestId('notice-flag-threat_to_life').waitFor({ timeout: 30_000 });
    await shot(page, '5b-notices-decided');

    await page.getByRole('tab', { name: /^Received/ }).click();
    await rows(page).filter({ hasText: picked.reference }).locator('td').first().click();
    await page.waitForFunction((id) => location.hash === `#/dsa-notices/${id}/show`, picked.id, { timeout: 30_000 });
    await page.getByTestId('notice-snapshot').waitFor({ timeout: 30_000 });

    // Claim it: the page says the moderator holds it.
    await page.getByTestId('notice-claim').click();
    await expect.poll(() => page.getByTestId('claim-panel').textContent(), { timeout: 15_000 }).toContain('You are working on this notice');
    expect(await app.db('dsa_notices').where({ id: picked.id }).first()).toMatchObject({
      status: 'in_review',
      locked_by_staff_id: moderator.id,
    });
    await page.waitForLoadState('networkidle');
    expect(await page.locator('body').innerText()).not.toMatch(RAW_KEY);
    await shot(page, '6-notice-claimed');

    // Decide: visibility restriction, removal, illegal content under a named law.
    await page.getByTestId('notice-action-decide').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('radio', { name: 'Visibility restricted' }).check();
    await dialog.getByRole('radio', { name: 'Removed', exact: true }).check();
    await dialog.getByRole('radio', { name: 'Illegal content' }).check();
    await dialog.getByLabel(/^Law breached/).fill(law);
    await dialog.getByLabel(/^Explanation/).fill(explanation);
    await shot(page, '7-decide-dialog', false);
    await dialog.getByTestId('decide-review').click();
    expect(await dialog.getByTestId('decide-question').textContent()).toContain(`Restrict the content of notice ${picked.reference}?`);
    await shot(page, '8-decide-confirm', false);
    await dialog.getByTestId('decide-confirm').click();

    const decided = page.getByTestId('decided-dialog');
    await decided.waitFor({ timeout: 30_000 });
    const statement = await app.db('statements_of_reasons').where({ notice_id: picked.id }).first();
    expect(statement).toMatchObject({
      review_id: picked.review_id,
      decision_ground: 'DECISION_GROUND_ILLEGAL_CONTENT',
      illegal_content_legal_ground: law,
      illegal_content_explanation: explanation,
      source_type: 'SOURCE_ARTICLE_16',
      category: picked.category,
    });
    expect(await decided.getByTestId(`decided-statement-${statement.id}`).textContent()).toBe(`Statement of reasons ${statement.puid}`);
    await shot(page, '9-decided-dialog', false);
    await decided.getByRole('button', { name: 'Close' }).click();

    // The notice page: decided, with its statement of reasons.
    await page.getByTestId('notice-decision').waitFor({ timeout: 30_000 });
    await page.getByTestId('notice-statements').getByText(statement.puid).waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('notice-summary').textContent()).toContain('Decided');
    await page.waitForLoadState('networkidle');
    expect(await page.locator('body').innerText()).not.toMatch(RAW_KEY);
    await shot(page, '10-notice-decided');
    expect(await app.db('dsa_notices').where({ id: picked.id }).first()).toMatchObject({
      status: 'decided',
      decision: 'visibility_restriction',
      decided_by_staff_id: moderator.id,
      locked_by_staff_id: null,
    });
    expect((await app.db('reviews').where({ id: picked.review_id }).first()).status).toBe('removed');

    // The statements list: the newest first.
    await page
      .locator('.RaSidebar-fixed a[href="#/statements-of-reasons"], .MuiDrawer-root a[href="#/statements-of-reasons"]')
      .first()
      .click();
    await rows(page).first().waitFor({ timeout: 30_000 });
    expect(await rows(page).first().locator('td.column-puid').textContent()).toBe(statement.puid);
    await expect.poll(() => rows(page).first().textContent(), { timeout: 15_000 }).toContain(picked.reference);
    await page.waitForLoadState('networkidle');
    expect(await page.locator('body').innerText()).not.toMatch(RAW_KEY);
    await shot(page, '11-statements-list');

    // The export to the Transparency Database: the last 30 Paris days by default, the statements it has not accepted yet,
    // in batches of at most 100 (the demo has no API access: older statements were submitted by hand).
    const since = startOfParisDay(parisDate(new Date(Date.now() - 29 * 86_400_000))).toISOString();
    const expected = await app
      .db('statements_of_reasons as s')
      .join('sor_submissions as x', 'x.statement_id', 's.id')
      .whereNot('x.status', 'accepted')
      .where('s.created_at', '>=', since)
      .count({ n: '*' })
      .then(([r]) => Number(r!.n));
    await page.getByTestId('export-statements').click();
    const exportDialog = page.getByTestId('export-dialog');
    const [download] = await Promise.all([page.waitForEvent('download'), exportDialog.getByTestId('export-confirm').click()]);
    expect(download.suggestedFilename()).toMatch(/^kolet-statements-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(fs.readFileSync(await download.path(), 'utf8')) as {
      count: number;
      batches: { statements: { puid: string }[] }[];
    };
    expect(exported.count).toBe(expected);
    expect(exported.batches.flatMap((b) => b.statements.map((x) => x.puid))).toContain(statement.puid);
    const batches = Math.ceil(expected / 100);
    expect(await exportDialog.getByTestId('export-result').textContent()).toContain(
      `${expected} statements exported in ${batches} batch${batches > 1 ? 'es' : ''}`,
    );
    await shot(page, '12-export-dialog', false);
    // Once they are in the database, the moderator records it: they are never exported or sent again.
    await exportDialog.getByLabel(/^How they were submitted/).fill('Entered in the webform');
    await exportDialog.getByTestId('export-mark').click();
    await exportDialog.getByTestId('export-marked').waitFor({ timeout: 30_000 });
    expect((await app.db('sor_submissions').where({ statement_id: statement.id }).first()).status).toBe('accepted');
    await exportDialog.getByRole('button', { name: 'Close' }).click();

    // The transparency report counts the decision; its charts load on their own.
    await page.locator('.RaSidebar-fixed a[href="#/dsa-transparency"], .MuiDrawer-root a[href="#/dsa-transparency"]').first().click();
    await page.getByTestId('report-chart-notices_by_category').waitFor({ timeout: 30_000 });
    await page.locator('.recharts-bar-rectangle').first().waitFor({ timeout: 30_000 });
    expect(Number(await page.getByTestId('figure-law').textContent())).toBeGreaterThanOrEqual(1);
    await page.waitForLoadState('networkidle');
    expect(await page.locator('body').innerText()).not.toMatch(RAW_KEY);
    await shot(page, '13-transparency-report');

    expect(errors).toEqual([]);
    await context.close();
  });
});
