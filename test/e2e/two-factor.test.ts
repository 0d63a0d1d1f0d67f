// Two-factor sign-in in the browser (issue 13; docs/OPERATIONS.md "Two-factor sign-in"): with the
// setting requiring it for finance, a finance user signing in sets up an authenticator app (the test
// computes the TOTP code from the secret the page shows), keeps the recovery codes, signs out, signs
// back in with a code, then once with a recovery code — which does not work a second time.
import path from 'node:path';
import { Secret, TOTP } from 'otpauth';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { haveChromium, SCREENSHOTS, startConsole, type Console } from './harness.ts';

const EMAIL = 'finance@kolet.demo';
const codeOf = (secret: string, offsetSteps = 0) =>
  new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' }).generate({
    timestamp: Date.now() + offsetSteps * 30_000,
  });

describe.skipIf(!haveChromium)('two-factor sign-in in the console', () => {
  let app: Console;
  let page: Page;
  let secret = '';
  let recoveryCodes: string[] = [];

  beforeAll(async () => {
    app = await startConsole();
    // Production's default (the demo data leaves it off): admin and finance sign in with a second factor.
    await app
      .db('settings')
      .where({ id: 'two_factor_required_roles' })
      .update({ value: JSON.stringify(['admin', 'finance']) });
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    page = await context.newPage();
  });
  afterAll(async () => {
    await app?.close();
  });

  const passwordStep = async () => {
    await page.goto(`${app.baseUrl}/#/login`);
    await page.locator('input[name="username"]').fill(EMAIL);
    await page.locator('input[name="password"]').fill('kolet-demo');
    await page.locator('button[type="submit"]').click();
  };
  const signedIn = () => page.waitForSelector('.RaSidebar-fixed a, .MuiDrawer-root a', { timeout: 30_000 });
  const signOut = async () => {
    await page.locator('button[aria-label="Profile"], .RaUserMenu-userButton').first().click();
    await page.locator('.logout, [role="menuitem"]:has-text("Logout"), [role="menuitem"]:has-text("Log out")').first().click();
    await page.locator('input[name="username"]').waitFor({ timeout: 30_000 });
  };

  test('a finance user without a second factor sets it up at sign-in: QR code, first code, recovery codes', async () => {
    await passwordStep();
    await page.getByTestId('enrolment-qr').waitFor({ timeout: 30_000 });
    secret = (await page.getByTestId('enrolment-secret').innerText()).trim();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'two-factor-enrolment.png') });
    await page.locator('input[name="code"]').fill(codeOf(secret));
    await page.getByTestId('enrolment-confirm').click();
    await page.getByTestId('recovery-codes').waitFor();
    recoveryCodes = await page.getByTestId('recovery-code').allInnerTexts();
    expect(recoveryCodes).toHaveLength(10);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'two-factor-recovery-codes.png') });
    await page.getByTestId('recovery-codes-saved').click();
    await signedIn();
    const row = await app.db('staff').where({ email: EMAIL }).first('totp_enabled_at');
    expect(row.totp_enabled_at).toBeTruthy();
  });

  test('signs out, and back in with the code of the app', async () => {
    await signOut();
    await passwordStep();
    await page.getByTestId('second-factor').waitFor({ timeout: 30_000 });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'two-factor-code.png') });
    await page.locator('input[name="code"]').fill(codeOf(secret, 1)); // the enrolment used this period's code
    await page.locator('[data-testid="second-factor"] button[type="submit"]').click();
    await signedIn();
  });

  test('uses a recovery code once; the same code is refused the next time', async () => {
    await signOut();
    await passwordStep();
    await page.getByTestId('second-factor').waitFor({ timeout: 30_000 });
    await page.getByTestId('use-recovery-code').click();
    await page.locator('input[name="code"]').fill(recoveryCodes[0]!);
    await page.locator('[data-testid="second-factor"] button[type="submit"]').click();
    await signedIn();

    await signOut();
    await passwordStep();
    await page.getByTestId('second-factor').waitFor({ timeout: 30_000 });
    await page.getByTestId('use-recovery-code').click();
    await page.locator('input[name="code"]').fill(recoveryCodes[0]!);
    await page.locator('[data-testid="second-factor"] button[type="submit"]').click();
    await expect.poll(async () => page.getByTestId('sign-in-problem').isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await page.getByTestId('sign-in-problem').innerText()).toMatch(/wrong or was already used/);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'two-factor-recovery-reused.png') });
    const used = await app.db('staff_recovery_codes').whereNotNull('used_at').count({ n: '*' }).first();
    expect(Number(used?.n)).toBe(1);
  });
});
