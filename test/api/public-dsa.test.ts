// The public side of the DSA features (docs/PRODUCT.md §2 "DSA notices", docs/TRUST-SAFETY.md "Public"): the notice and
// complaint endpoints (JSON) and forms (HTML, no JavaScript), used without an account, rate limited.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { complaintDeadline } from '../../server/domain/dsa/noticeRules.ts';
import { CATEGORIES } from '../../server/domain/dsa/tdb.ts';
import { countRows, insertAccount } from '../support/fixtures.ts';
import { serviceToken } from '../support/ledger.ts';
import { startTestServer, type SessionFetch } from '../support/server.ts';
import { action, illegalRemoval, integration, messagesTo, postReview } from '../support/trust.ts';

type Server = Awaited<ReturnType<typeof startTestServer>>;
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
let s: Server;
let moderator: SessionFetch;
let call: ReturnType<typeof integration>;

const LIMIT_SETTING = 'dsa_public_submissions_per_15_minutes';
const setSubmissionLimit = (n: number) =>
  s
    .db('settings')
    .where({ id: LIMIT_SETTING })
    .update({ value: JSON.stringify(n) });

beforeAll(async () => {
  s = await startTestServer({ TRUST_PROXY: 'loopback' }); // as behind a proxy on this machine: each test's X-Forwarded-For is its client
  moderator = await s.login('moderator');
  call = integration(s.baseUrl, await serviceToken(s.db));
  await setSubmissionLimit(10_000); // every test here comes from 127.0.0.1; the rate-limit test uses its own address
});
afterAll(async () => {
  await s?.close();
});

let n = 0;
const unique = (name: string) => `${name}.${++n}.${randomUUID().slice(0, 6)}@example.org`;
const row = (table: string, where: Record<string, unknown>) => s.db(table).where(where).first();

const VALID = {
  category: 'STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH',
  explanation: 'This review falsely accuses a named manager of fraud: that is defamation.',
  locations: ['https://forum.example/thread/9'],
  notifierName: 'Jeanne Martin',
  goodFaith: true,
};
const validNotice = (over: Record<string, unknown> = {}) => ({ ...VALID, notifierEmail: unique('jeanne'), ...over });

const postJson = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${s.baseUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
const postNotice = (body: unknown, headers?: Record<string, string>) => postJson('/public/dsa-notices', body, headers);
const postComplaint = (body: unknown, headers?: Record<string, string>) => postJson('/public/dsa-complaints', body, headers);
const postForm = (path: string, fields: Record<string, string>, headers: Record<string, string> = {}) =>
  fetch(`${s.baseUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(fields),
    redirect: 'manual',
  });

async function accepted(res: Response): Promise<Json> {
  expect(res.status, await res.clone().text()).toBe(201);
  return res.json();
}
async function refused(res: Response, status: number, code: string): Promise<Json> {
  expect(res.status, await res.clone().text()).toBe(status);
  const body = await res.json();
  expect(body.code).toBe(code);
  return body;
}

async function publishedReview() {
  const author = await insertAccount(s.db, { email: `author${++n}.${randomUUID().slice(0, 6)}@gmail.com` });
  const review = await postReview(call, { accountId: author, comment: 'Le gérant est un escroc condamné pour fraude.' });
  return { author, review };
}

describe('Art. 16: notices from anyone', () => {
  test('Art. 16(1): anyone can notify without an account', async () => {
    // No session, no CSRF header, even from another site: the intake is public by design (no cookie to abuse).
    const res = await postNotice(validNotice(), { origin: 'https://elsewhere.example' });
    const body = await accepted(res);
    expect(Object.keys(body).sort()).toEqual(['acknowledged', 'receivedAt', 'reference']);
    expect(body.reference).toMatch(/^DSA-\d{4}-[A-Z0-9]{8}$/);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const page = await fetch(`${s.baseUrl}/report-illegal-content`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('cache-control')).toBe('no-store');
  });

  test('Art. 16(2)(a): an explanation is required', async () => {
    const missing = await refused(await postNotice(validNotice({ explanation: undefined })), 400, 'invalid_input');
    expect(missing.errors.explanation).toMatch(/explain why the content is illegal/);
    const thin = await refused(await postNotice(validNotice({ explanation: 'illegal' })), 400, 'invalid_input');
    expect(thin.errors.explanation).toMatch(/20 characters/);
  });

  test('Art. 16(2)(b): the exact location — several items in one notice', async () => {
    const a = await publishedReview();
    const b = await publishedReview();
    const { reference } = await accepted(
      await postNotice(
        validNotice({ locations: [`${a.review.id}`, `https://kolet.com/avis/${b.review.id}`, 'https://forum.example/thread/9', ''] }),
      ),
    );
    const notice = await row('dsa_notices', { reference });
    expect(JSON.parse(notice.locations)).toEqual([`review:${a.review.id}`, `review:${b.review.id}`, 'https://forum.example/thread/9']);
    expect(await countRows(s.db, 'review_reports', { notice_id: notice.id })).toBe(2);

    const none = await refused(await postNotice(validNotice({ locations: [] })), 400, 'invalid_input');
    expect(none.errors.locations).toMatch(/exact location/);
    const wrong = await refused(await postNotice(validNotice({ locations: ['123', 'somewhere on your site'] })), 400, 'invalid_input');
    expect(Object.keys(wrong.errors)).toEqual(['locations.1']);
  });

  test('Art. 16(2)(c): name and e-mail required except for child sexual abuse', async () => {
    const anonymous = { ...VALID, notifierName: undefined };
    const refusedBody = await refused(await postNotice(anonymous), 400, 'invalid_input');
    expect(refusedBody.errors).toMatchObject({
      notifierName: expect.stringMatching(/name is required/),
      notifierEmail: expect.stringMatching(/e-mail address is required/),
    });
    const body = await accepted(await postNotice({ ...anonymous, category: 'STATEMENT_CATEGORY_PROTECTION_OF_MINORS' }));
    expect(await row('dsa_notices', { reference: body.reference })).toMatchObject({ notifier_name: null, notifier_email: null });
  });

  test('Art. 16(2)(d): the good-faith statement is required', async () => {
    for (const goodFaith of [undefined, false, 'yes']) {
      const body = await refused(await postNotice(validNotice({ goodFaith })), 400, 'invalid_input');
      expect(Object.keys(body.errors)).toEqual(['goodFaith']);
    }
  });

  test('Art. 16(3): a complete notice is flagged complete', async () => {
    const identified = await accepted(await postNotice(validNotice()));
    expect((await row('dsa_notices', { reference: identified.reference })).complete).toBeTruthy();
    // Child sexual abuse: complete without the notifier's identity (16(2)(c)).
    const anonymous = await accepted(
      await postNotice({ ...VALID, notifierName: undefined, category: 'STATEMENT_CATEGORY_PROTECTION_OF_MINORS' }),
    );
    expect((await row('dsa_notices', { reference: anonymous.reference })).complete).toBeTruthy();
  });

  test('Art. 16(4): acknowledges receipt when an e-mail is given', async () => {
    const email = unique('ack');
    const body = await accepted(await postNotice(validNotice({ notifierEmail: email, language: 'en' })));
    expect(body.acknowledged).toBe(true);
    const notice = await row('dsa_notices', { reference: body.reference });
    expect(new Date(notice.acknowledged_at).toISOString()).toBe(body.receivedAt);
    const [ack, ...others] = await messagesTo(s.db, email);
    expect(others).toEqual([]);
    expect(ack).toMatchObject({
      template: 'dsa_acknowledgement',
      status: 'queued',
      related_entity: 'dsa-notices',
      related_id: String(notice.id),
      locale: 'en',
    });
    expect(ack.subject).toContain(body.reference);
    expect(ack.body).toContain(body.reference);
  });

  test('Art. 16(4): no acknowledgement without an e-mail', async () => {
    const before = await countRows(s.db, 'messages');
    const body = await accepted(
      await postNotice({ ...VALID, notifierName: undefined, category: 'STATEMENT_CATEGORY_PROTECTION_OF_MINORS' }),
    );
    expect(body.acknowledged).toBe(false);
    expect((await row('dsa_notices', { reference: body.reference })).acknowledged_at).toBeNull();
    expect(await countRows(s.db, 'messages')).toBe(before);
  });

  test("Art. 22: a trusted flagger's notice is prioritised (within its expertise)", async () => {
    const email = unique('flagger');
    const at = new Date().toISOString();
    await s.db('trusted_flaggers').insert({
      name: 'Point de Contact',
      email,
      designated_by: 'Arcom (France)',
      active: true,
      expertise: JSON.stringify(['STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH']),
      created_at: at,
      updated_at: at,
      version: 1,
    });
    const inside = await accepted(await postNotice(validNotice({ notifierEmail: email })));
    const outside = await accepted(
      await postNotice(validNotice({ notifierEmail: email.toUpperCase(), category: 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD' })),
    );
    expect(await row('dsa_notices', { reference: inside.reference })).toMatchObject({ priority: 1 });
    expect(await row('dsa_notices', { reference: outside.reference })).toMatchObject({ priority: 0, trusted_flagger_id: null });
  });

  test('rec. 52: a threat-to-life notice goes first and alerts staff', async () => {
    const body = await accepted(
      await postNotice(validNotice({ threatToLife: true, explanation: 'The review threatens to kill the shop manager tomorrow morning.' })),
    );
    const notice = await row('dsa_notices', { reference: body.reference });
    expect(notice).toMatchObject({ priority: 2 });
    expect(notice.threat_to_life).toBeTruthy();
    const alerts = await s
      .db('messages')
      .where({ template: 'dsa_threat_received', related_id: String(notice.id) })
      .pluck('to_address');
    expect(alerts.sort()).toEqual(['admin@test.kolet', 'moderator@test.kolet']);
  });
});

describe('Art. 20: complaints', () => {
  /** A notice on a review, decided by a moderator: a removal (with its statement of reasons) or no action. */
  async function decided(decision: 'removal' | 'no_action') {
    const { author, review } = await publishedReview();
    const notifierEmail = unique('notifier');
    const { reference } = await accepted(await postNotice(validNotice({ notifierEmail, locations: [`review:${review.id}`] })));
    const notice = await row('dsa_notices', { reference });
    const body =
      decision === 'removal'
        ? illegalRemoval()
        : {
            decision: 'no_action',
            note: 'Criticism of the service, not defamation.',
            automatedDetection: false,
            automatedDecision: 'AUTOMATED_DECISION_NOT_AUTOMATED',
          };
    const res = await action(moderator, `dsa-notices/${notice.id}/decide`, body);
    expect(res.status, await res.clone().text()).toBe(200);
    const statement = await row('statements_of_reasons', { notice_id: notice.id });
    const authorEmail = (await row('accounts', { id: author })).email as string;
    return { reference, notice: await row('dsa_notices', { id: notice.id }), statement, authorEmail, notifierEmail };
  }
  const TEXT = 'The review states facts I can prove, it is not defamatory at all.';

  test('Art. 20(1): a complaint is open for 6 months after the person was informed', async () => {
    const { statement, authorEmail } = await decided('removal');
    const body = await accepted(await postComplaint({ reference: statement.puid, email: authorEmail, text: TEXT }));
    expect(Object.keys(body).sort()).toEqual(['deadlineAt', 'receivedAt', 'reference']);
    expect(body.deadlineAt).toBe(complaintDeadline(new Date(new Date(statement.created_at).toISOString())).toISOString());
    expect(await row('dsa_complaints', { reference: body.reference })).toMatchObject({
      complainant_role: 'author',
      statement_id: statement.id,
    });
    expect((await messagesTo(s.db, authorEmail, 'dsa_complaint_acknowledgement')).map((m: Json) => m.subject)).toEqual([
      expect.stringContaining(body.reference),
    ]);

    // A decision the author was told of 200 days ago (statements are append-only: a second, older one).
    const old = new Date(Date.now() - 200 * 86_400_000).toISOString();
    const [aged] = await s
      .db('statements_of_reasons')
      .insert({ ...statement, id: undefined, puid: `kolet-sor-aged-${randomUUID().slice(0, 8)}`, created_at: old }, '*');
    await refused(await postComplaint({ reference: aged.puid, email: authorEmail, text: TEXT }), 422, 'complaint_window_closed');
  });

  test('Art. 20(1): only the author or the notifier may complain', async () => {
    const removal = await decided('removal');
    await refused(await postComplaint({ reference: removal.statement.puid, email: unique('stranger'), text: TEXT }), 422, 'not_a_party');
    await refused(await postComplaint({ reference: 'DSA-2026-ZZZZZZZZ', email: removal.authorEmail, text: TEXT }), 422, 'unknown_decision');

    const kept = await decided('no_action');
    const byNotifier = await accepted(
      await postComplaint({
        reference: kept.reference.toLowerCase(),
        email: kept.notifierEmail.toUpperCase(),
        text: 'The review is defamatory and you left it online.',
      }),
    );
    expect(await row('dsa_complaints', { reference: byNotifier.reference })).toMatchObject({
      complainant_role: 'notifier',
      notice_id: kept.notice.id,
    });
    await refused(
      await postComplaint({
        reference: kept.reference,
        email: kept.notifierEmail,
        text: 'Again: the review is defamatory and still online.',
      }),
      409,
      'complaint_already_open',
    );
  });

  test('the complaint form (HTML, no JavaScript): an error re-renders the form; a complaint is received and its receipt shown', async () => {
    const { statement, authorEmail } = await decided('removal');
    const wrong = await postForm('/dsa-complaint?lang=fr', { reference: 'DSA-2026-ZZZZZZZZ', email: authorEmail, name: '', text: TEXT });
    expect(wrong.status).toBe(422);
    const page = await wrong.text();
    expect(page).toContain('Aucune décision ne porte cette référence');
    expect(page).toContain('<a href="#reference">');
    expect(page).toContain(`value="${authorEmail}"`);

    const ok = await postForm('/dsa-complaint?lang=en', { reference: statement.puid, email: authorEmail, name: 'A. Author', text: TEXT });
    expect(ok.status).toBe(303);
    const location = ok.headers.get('location')!;
    expect(location).toMatch(/^\/dsa-complaint\/received\/DSA-C-\d{4}-[A-Z0-9]{8}\?lang=en$/);
    const reference = /DSA-C-[^?]+/.exec(location)![0];
    expect(await row('dsa_complaints', { reference })).toMatchObject({ complainant_name: 'A. Author', text: TEXT });
    const receipt = await fetch(`${s.baseUrl}${location}`);
    expect(receipt.status).toBe(200);
    expect(await receipt.text()).toContain(reference);
  });
});

describe('the notice form (HTML, no JavaScript)', () => {
  const FORM = {
    category: 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD',
    explanation: 'Ce commentaire est un faux avis rédigé par un concurrent.',
    locations: '',
    legalGround: '',
    memberState: 'FR',
    notifierName: 'Jeanne Martin',
    notifierEmail: '',
    goodFaith: 'yes',
  };

  test('a valid form is received: 303 to the receipt with the reference and the acknowledgement', async () => {
    const email = unique('form');
    const res = await postForm('/report-illegal-content?lang=fr', {
      ...FORM,
      locations: 'https://forum.example/a\r\n\r\nhttps://forum.example/b',
      notifierEmail: email,
    });
    expect(res.status).toBe(303);
    const location = res.headers.get('location')!;
    const reference = /DSA-\d{4}-[A-Z0-9]{8}/.exec(location)![0];
    expect(location).toBe(`/report-illegal-content/received/${reference}?lang=fr`);
    const notice = await row('dsa_notices', { reference });
    expect(notice).toMatchObject({
      category: FORM.category,
      member_state: 'FR',
      language: 'fr',
      notifier_email: email,
      legal_ground: null,
    });
    expect(JSON.parse(notice.locations)).toEqual(['https://forum.example/a', 'https://forum.example/b']);

    const receipt = await fetch(`${s.baseUrl}${location}`);
    expect(receipt.headers.get('cache-control')).toBe('no-store');
    const page = await receipt.text();
    expect(page).toContain('<html lang="fr"');
    expect(page).toContain(reference);
    expect(page).toContain('Un accusé de réception');
    expect(page).toContain('href="/dsa-complaint?lang=fr"');
    expect((await fetch(`${s.baseUrl}/report-illegal-content/received/DSA-2026-ZZZZZZZZ`)).status).toBe(404);
  });

  test('errors re-render the form with every value kept, an error summary linking to each field, and the messages', async () => {
    const res = await postForm('/report-illegal-content?lang=en', {
      ...FORM,
      category: '',
      explanation: 'short',
      locations: 'https://ok.example/x\n\nnot a place',
      notifierName: '',
      notifierEmail: 'nobody',
      goodFaith: '',
    });
    expect(res.status).toBe(400);
    const page = await res.text();
    expect(page).toContain('<title>Error: Report illegal content — Kolet</title>');
    for (const field of ['category', 'explanation', 'locations', 'notifierName', 'notifierEmail', 'goodFaith']) {
      expect(page, field).toContain(`<a href="#${field}">`);
      expect(page, field).toMatch(
        new RegExp(`id="${field}" name="${field}"[^>]* aria-invalid="true" aria-describedby="[^"]*${field}-error"`),
      );
    }
    expect(page).toContain('Line 3: A review number (e.g. 123)');
    expect(page).toContain('>\nshort</textarea>');
    expect(page).toContain('https://ok.example/x\n\nnot a place</textarea>');
    expect(page).toContain('value="nobody"');
    expect(page).toContain('<option value="FR" selected>France</option>');
    expect(page).toMatch(/<div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1" autofocus>/);
  });

  test('the page: a label for every input, French by default, English on request, a category name for every category', async () => {
    const fr = await (await fetch(`${s.baseUrl}/report-illegal-content`)).text();
    expect(fr).toContain('<html lang="fr"');
    expect(fr).toContain('href="/report-illegal-content?lang=en" hreflang="en" lang="en">English</a>');
    const ids = [...fr.matchAll(/<(?:input|select|textarea)[^>]* id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual([
      'category',
      'explanation',
      'locations',
      'legalGround',
      'memberState',
      'notifierName',
      'notifierEmail',
      'threatToLife',
      'goodFaith',
    ]);
    for (const id of ids) expect(fr).toContain(`<label${id === 'threatToLife' || id === 'goodFaith' ? '' : ' class="label"'} for="${id}">`);
    expect(fr).not.toMatch(/<script|style=| on\w+=/);
    for (const lang of ['fr', 'en']) {
      const page = await (await fetch(`${s.baseUrl}/report-illegal-content?lang=${lang}`)).text();
      const options = [...page.matchAll(/<option value="(STATEMENT_CATEGORY_[A-Z_]+)"[^>]*>([^<]+)<\/option>/g)];
      expect(options.map((m) => m[1]).sort()).toEqual([...CATEGORIES].sort());
      for (const [, , label] of options) expect(label).not.toMatch(/STATEMENT_CATEGORY/);
    }
    const en = await (await fetch(`${s.baseUrl}/report-illegal-content`, { headers: { 'accept-language': 'en-GB,en;q=0.9' } })).text();
    expect(en).toContain('<html lang="en"');
    expect(en).toContain('Report illegal content');
  });
});

describe('abuse and hostile input', () => {
  test('rate limit: too many submissions from one address get 429 with the RateLimit headers, for the form too', async () => {
    const from = { 'x-forwarded-for': '203.0.113.77' }; // trusted from loopback (TRUST_PROXY=loopback): a fresh counter
    await setSubmissionLimit(3);
    try {
      const first = await postNotice(validNotice(), from);
      expect(first.status).toBe(201);
      expect(first.headers.get('ratelimit-policy')).toMatch(/q=3; w=900/);
      expect(first.headers.get('ratelimit')).toMatch(/r=2/);
      expect((await postNotice({}, from)).status).toBe(400); // refused attempts count too
      expect((await postForm('/report-illegal-content?lang=en', { category: '' }, from)).status).toBe(400); // one counter for the form and the API
      const over = await postNotice(validNotice(), from);
      const body = await refused(over, 429, 'rate_limited');
      expect(body.message).toMatch(/try again in \d+ minute/);
      expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0);
      const page = await postForm('/report-illegal-content?lang=en', {}, from);
      expect(page.status).toBe(429);
      expect(await page.text()).toContain('Too many submissions from your connection');
      // Complaints are counted apart, and other addresses are not affected.
      expect((await postComplaint({}, from)).status).toBe(400);
      expect((await postNotice(validNotice(), { 'x-forwarded-for': '203.0.113.78' })).status).toBe(201);
    } finally {
      await setSubmissionLimit(10_000);
    }
  });

  test('hostile input: HTML and script in every field are stored verbatim and rendered escaped', async () => {
    const script = '<script>alert(1)</script>';
    const img = '"><img src=x onerror=alert(1)>';
    const hostile = {
      category: 'STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH',
      explanation: `${script} ${img} is defamatory, believe me`,
      legalGround: `${img} ${script}`,
      notifierName: `${script}${img}`,
      notifierEmail: unique('hostile'),
    };
    const { reference } = await accepted(await postNotice({ ...hostile, locations: ['https://forum.example/thread'], goodFaith: true }));
    expect(await row('dsa_notices', { reference })).toMatchObject({
      explanation: hostile.explanation,
      legal_ground: hostile.legalGround,
      notifier_name: hostile.notifierName,
    });

    const form = { ...hostile, locations: `${script}\n${img}`, memberState: img, notifierEmail: img };
    const res = await postForm('/report-illegal-content?lang=en', form); // no good-faith box
    expect(res.status).toBe(400);
    const page = await res.text();
    expect(page).not.toContain('<script');
    expect(page).not.toContain('<img');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &quot;&gt;&lt;img src=x onerror=alert(1)&gt; is defamatory');
    expect(page).toContain('value="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"');
    expect(page).toContain('Confirm in good faith');
  });

  test('a 100 KB text is refused with a clear error: nothing written, no crash', async () => {
    const before = await countRows(s.db, 'dsa_notices');
    const huge = 'x'.repeat(100 * 1024);
    const json = await refused(await postNotice(validNotice({ explanation: huge })), 413, 'body_too_large');
    expect(json.message).toMatch(/exceeds 102400 bytes/);
    const page = await postForm('/report-illegal-content?lang=en', {
      ...Object.fromEntries(Object.entries(VALID).map(([k, v]) => [k, String(v)])),
      explanation: huge,
    });
    expect(page.status).toBe(413);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await page.text()).toContain('Texts are limited to 10,000 characters');
    // Under the body limit but over the field's: the field says so.
    const long = await refused(await postNotice(validNotice({ explanation: 'x'.repeat(20_000) })), 400, 'invalid_input');
    expect(long.errors.explanation).toBe('at most 10,000 characters');
    expect(await countRows(s.db, 'dsa_notices')).toBe(before);
    expect((await fetch(`${s.baseUrl}/healthz`)).status).toBe(200);
  });

  test('missing fields: 400 naming every field', async () => {
    const body = await refused(await postNotice({}), 400, 'invalid_input');
    expect(Object.keys(body.errors).sort()).toEqual(['category', 'explanation', 'goodFaith', 'locations', 'notifierEmail', 'notifierName']);
    const complaint = await refused(await postComplaint({}), 400, 'invalid_input');
    expect(Object.keys(complaint.errors).sort()).toEqual(['email', 'reference', 'text']);
  });

  test('the OpenAPI document lists the public endpoints, without the staff session', async () => {
    const doc = await (await fetch(`${s.baseUrl}/api/openapi.json`)).json();
    for (const path of ['/public/dsa-notices', '/public/dsa-complaints']) {
      expect(doc.paths[path].post.security, path).toEqual([]);
      expect(doc.paths[path].post.responses).toHaveProperty('429');
    }
    expect(doc.paths['/public/dsa-notices'].post.requestBody.content['application/json'].schema.required).toEqual(
      expect.arrayContaining(['category', 'explanation', 'locations', 'goodFaith']),
    );
  });

  test('unknown fields, a body that is not JSON, a wrong content type: 400, 400, 415', async () => {
    const extra = await refused(await postNotice(validNotice({ priority: 2, status: 'decided' })), 400, 'invalid_input');
    expect(Object.keys(extra.errors)).toEqual(['priority,status']);
    await refused(await postNotice('{"category": '), 400, 'malformed_json');
    await refused(await postNotice([validNotice()]), 400, 'invalid_input');
    const form = await fetch(`${s.baseUrl}/public/dsa-notices`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'category=x',
    });
    await refused(form, 415, 'unsupported_media_type');
    await refused(await fetch(`${s.baseUrl}/public/nothing-here`), 404, 'not_found');
  });
});
