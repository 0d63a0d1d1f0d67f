import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { hashPassword } from '../../server/auth/passwords.ts';
import { toTdb } from '../../server/domain/dsa/statement.ts';
import { validateStatement } from '../../server/domain/dsa/tdbValidator.ts';
import { submitComplaint } from '../../server/services/dsaIntake.ts';
import { countRows, insertAccount } from '../support/fixtures.ts';
import { serviceToken } from '../support/ledger.ts';
import { startTestServer, TEST_PASSWORD, type SessionFetch } from '../support/server.ts';
import { action, FACTS, illegalRemoval, integration, messagesTo, notice, postReview } from '../support/trust.ts';

type Server = Awaited<ReturnType<typeof startTestServer>>;
let s: Server;
let moderator: SessionFetch;
let moderator2: SessionFetch;
let admin: SessionFetch;
let call: ReturnType<typeof integration>;

beforeAll(async () => {
  s = await startTestServer();
  const now = new Date().toISOString();
  await s.db('staff').insert({
    email: 'moderator2@test.kolet',
    name: 'Second moderator',
    roles: JSON.stringify(['moderator']),
    password_hash: await hashPassword(TEST_PASSWORD),
    status: 'active',
    created_at: now,
    updated_at: now,
    version: 1,
  });
  [moderator, moderator2, admin] = await Promise.all([s.login('moderator'), s.login('moderator2@test.kolet'), s.login('admin')]);
  call = integration(s.baseUrl, await serviceToken(s.db));
});
afterAll(async () => {
  await s?.close();
});

let n = 0;
const customer = (over: Record<string, unknown> = {}) =>
  insertAccount(s.db, { email: `author${++n}.${randomUUID().slice(0, 6)}@gmail.com`, ...over });
const emailOf = async (id: number) => (await s.db('accounts').where({ id }).first('email')).email as string;
const row = (table: string, id: number) => s.db(table).where({ id }).first();
async function reviewed(over: Record<string, unknown> = {}) {
  const author = await customer();
  const review = await postReview(call, { accountId: author, comment: 'Le gérant est un escroc condamné pour fraude.', ...over });
  return { author, review };
}
const decide = (who: SessionFetch, id: number, body: unknown) => action(who, `dsa-notices/${id}/decide`, body);
const json = async (res: Response) => {
  const text = await res.text();
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
};

describe('Art. 16: the notice', () => {
  test('Art. 16(2)(b): one notice may cover several items; each named review gets a report in the moderation queue', async () => {
    const a = await reviewed();
    const b = await reviewed();
    const { id } = await notice(s.db, {
      locations: [`review:${a.review.id}`, `https://kolet.com/avis/${b.review.id}`, 'https://forum.example/thread/9'],
    });
    const stored = await row('dsa_notices', id);
    expect(JSON.parse(stored.locations)).toEqual([`review:${a.review.id}`, `review:${b.review.id}`, 'https://forum.example/thread/9']);
    expect(JSON.parse(stored.snapshot).reviews.map((r: { id: number }) => r.id)).toEqual([a.review.id, b.review.id]);
    expect(await row('reviews', b.review.id)).toMatchObject({ report_count: 1, severity: 4 });
  });
  test('Art. 16(3): a notice with every element is complete (actual knowledge)', async () => {
    const { review } = await reviewed();
    const complete = await notice(s.db, { locations: [`review:${review.id}`] });
    expect((await row('dsa_notices', complete.id)).complete).toBeTruthy();
  });
  test('Art. 16(4): acknowledges receipt at once when an e-mail is given, with the reference', async () => {
    const { review } = await reviewed();
    const r = await notice(s.db, { locations: [`review:${review.id}`], notifierEmail: 'ack.me@example.org' });
    expect(r.acknowledged).toBe(true);
    const [ack] = await messagesTo(s.db, 'ack.me@example.org', 'dsa_acknowledgement');
    expect(ack.subject).toContain(r.reference);
    expect((await row('dsa_notices', r.id)).acknowledged_at).toBeTruthy();
  });
  test('rec. 52: a threat-to-life notice goes first, flagged, and alerts the admins and moderators at once', async () => {
    const { review } = await reviewed();
    const plain = await notice(s.db, { locations: [`review:${review.id}`] });
    const threat = await notice(s.db, {
      locations: [`review:${review.id}`],
      threatToLife: true,
      category: 'STATEMENT_CATEGORY_VIOLENCE',
      explanation: 'The author says he will come and kill a member of staff on Friday.',
    });
    expect((await row('dsa_notices', threat.id)).priority).toBe(2);
    const res = await moderator(
      `/api/dsa-notices?filter=${encodeURIComponent(JSON.stringify({ status: ['received', 'in_review'] }))}&sort=${encodeURIComponent('["priority","DESC"]')}&range=[0,999]`,
    );
    const ids = ((await res.json()) as { id: number }[]).map((x) => x.id);
    expect(ids.indexOf(threat.id)).toBeLessThan(ids.indexOf(plain.id));
    const alerts = await s
      .db('messages')
      .where({ template: 'dsa_threat_received', related_id: String(threat.id) })
      .pluck('to_address');
    expect(alerts.sort()).toEqual(['admin@test.kolet', 'moderator2@test.kolet', 'moderator@test.kolet']);
  });
});

describe('Art. 16(6): timely, diligent, objective handling', () => {
  test('a row lock: a notice claimed by one moderator cannot be decided by another', async () => {
    const { review } = await reviewed();
    const { id } = await notice(s.db, { locations: [`review:${review.id}`] });
    expect((await action(moderator, `dsa-notices/${id}/claim`)).status).toBe(200);
    const other = await decide(moderator2, id, {
      decision: 'no_action',
      note: 'Opinion about the service, not illegal.',
      automatedDetection: false,
      automatedDecision: 'AUTOMATED_DECISION_NOT_AUTOMATED',
    });
    const body = await json(other);
    expect([other.status, body.code]).toEqual([409, 'locked_by_other']);
    expect(body.message).toContain('moderator tester');
    expect((await action(moderator2, `dsa-notices/${id}/claim`)).status).toBe(409);
    // The claim lapses after 30 minutes.
    await s
      .db('dsa_notices')
      .where({ id })
      .update({ locked_at: new Date(Date.now() - 31 * 60_000).toISOString() });
    expect((await action(moderator2, `dsa-notices/${id}/claim`)).status).toBe(200);
  });
  test('reasons are mandatory: no action needs a note, a restriction an explanation, the law or the clause, the facts', async () => {
    const { review } = await reviewed();
    const { id } = await notice(s.db, { locations: [`review:${review.id}`] });
    const none = await decide(moderator, id, {
      decision: 'no_action',
      automatedDetection: false,
      automatedDecision: 'AUTOMATED_DECISION_NOT_AUTOMATED',
    });
    expect((await json(none)).errors).toHaveProperty('note');
    const thin = await decide(moderator, id, illegalRemoval({ legalGround: undefined, explanation: 'illegal', facts: 'see notice' }));
    expect(Object.keys((await json(thin)).errors).sort()).toEqual(['explanation', 'facts', 'legalGround']);
    expect((await row('dsa_notices', id)).status).toBe('received');
  });
  test('Art. 16(5): the notifier is told the decision, whether automated means were used, and the redress', async () => {
    const { review } = await reviewed();
    const { id } = await notice(s.db, { locations: [`review:${review.id}`], notifierEmail: 'decision.me@example.org', language: 'en' });
    const res = await decide(moderator, id, {
      decision: 'no_action',
      note: 'A negative opinion about the service is not illegal.',
      manifestlyUnfounded: false,
      automatedDetection: true,
      automatedDecision: 'AUTOMATED_DECISION_NOT_AUTOMATED',
    });
    expect(res.status, await res.clone().text()).toBe(200);
    const [m] = await messagesTo(s.db, 'decision.me@example.org', 'dsa_decision');
    expect(m.body).toContain('we keep the content online');
    expect(m.body).toContain('detected automatically');
    expect(m.body).toMatch(/internal complaint within 6 months.*out-of-court.*courts/s);
    expect(await row('dsa_notices', id)).toMatchObject({ status: 'decided', decision: 'no_action' });
    expect((await row('dsa_notices', id)).notifier_notified_at).toBeTruthy();
    expect(await row('reviews', review.id)).toMatchObject({ status: 'published', report_count: 0 });
  });
});

describe('Art. 17: statements of reasons', () => {
  test('Art. 17(1),(3): a restriction issues one statement per item with every content, TDB-valid', async () => {
    const a = await reviewed();
    const b = await reviewed();
    const { id } = await notice(s.db, { locations: [`review:${a.review.id}`, `review:${b.review.id}`] });
    const res = await decide(moderator, id, illegalRemoval());
    expect(res.status, await res.clone().text()).toBe(200);
    const body = await res.json();
    expect(body.statements).toHaveLength(2);
    const statements = await s.db('statements_of_reasons').where({ notice_id: id }).orderBy('id');
    expect(statements.map((x) => x.review_id)).toEqual([a.review.id, b.review.id]);
    const tdb = toTdb(statements[0]);
    expect(validateStatement(tdb)).toEqual({});
    expect(tdb).toMatchObject({
      decision_visibility: ['DECISION_VISIBILITY_CONTENT_REMOVED'],
      territorial_scope: ['BE', 'FR', 'LU'],
      decision_ground: 'DECISION_GROUND_ILLEGAL_CONTENT',
      illegal_content_legal_ground: 'Loi du 29 juillet 1881, art. 29 (diffamation)',
      source_type: 'SOURCE_ARTICLE_16',
      automated_detection: 'No',
      automated_decision: 'AUTOMATED_DECISION_NOT_AUTOMATED',
      category_specification: ['KEYWORD_DEFAMATION'],
      content_type: ['CONTENT_TYPE_TEXT'],
    });
    expect(tdb.decision_facts).toContain('moderator');
    expect(await row('reviews', a.review.id)).toMatchObject({ status: 'removed', report_count: 0 });
  });
  test('Art. 17(2): the restriction, its statement and the message to the author happen together — or not at all', async () => {
    const { author, review } = await reviewed();
    const { id } = await notice(s.db, { locations: [`review:${review.id}`] });
    // Personal data in the facts: the TDB would refuse the statement, so nothing happens.
    const refused = await decide(
      moderator,
      id,
      illegalRemoval({ facts: 'The author, reachable at +33612345678, posted the review after a refund dispute.' }),
    );
    const body = await json(refused);
    expect([refused.status, body.code]).toEqual([422, 'tdb_invalid']);
    expect(body.errors).toHaveProperty('facts');
    expect((await row('reviews', review.id)).status).toBe('published');
    expect(await countRows(s.db, 'statements_of_reasons', { notice_id: id })).toBe(0);
    expect((await row('dsa_notices', id)).status).toBe('received');

    expect((await decide(moderator, id, illegalRemoval())).status).toBe(200);
    const statement = await s.db('statements_of_reasons').where({ notice_id: id }).first();
    const [m] = await messagesTo(s.db, await emailOf(author), 'dsa_statement_of_reasons');
    expect(m.created_at).toEqual(statement.created_at);
    expect((await row('dsa_notices', id)).author_notified_at).toBeTruthy();
  });
  test("Art. 17(3)(f): the author's statement lists the three ways to contest it", async () => {
    const { author, review } = await reviewed();
    const { id } = await notice(s.db, { locations: [`review:${review.id}`] });
    await decide(moderator, id, illegalRemoval());
    const [m] = await messagesTo(s.db, await emailOf(author), 'dsa_statement_of_reasons');
    expect(m.body).toMatch(/réclamation interne gratuite dans les 6 mois.*règlement extrajudiciaire.*tribunaux/s);
    expect(m.body).toContain('Loi du 29 juillet 1881');
  });
  test('Art. 17(5): without contact details no statement is sent, and the exemption is recorded', async () => {
    const { author, review } = await reviewed();
    await s
      .db('accounts')
      .where({ id: author })
      .update({ status: 'deactivated', email: `deleted-${author}@anonymised.invalid` });
    const { id } = await notice(s.db, { locations: [`review:${review.id}`] });
    expect((await decide(moderator, id, illegalRemoval())).status).toBe(200);
    expect((await s.db('statements_of_reasons').where({ notice_id: id }).first()).exemption).toBe('no_contact');
    expect(await row('dsa_notices', id)).toMatchObject({ sor_exemption: 'no_contact', author_notified_at: null });
  });
  test("a service suspension removes the review, suspends the author's reviews until the end date, and says so", async () => {
    const { author, review } = await reviewed();
    const { id } = await notice(s.db, { locations: [`review:${review.id}`] });
    const res = await decide(moderator, id, illegalRemoval({ decision: 'service_suspension', suspensionDays: 30 }));
    expect(res.status, await res.clone().text()).toBe(200);
    const statement = await s.db('statements_of_reasons').where({ notice_id: id }).first();
    expect(statement.decision_provision).toBe('DECISION_PROVISION_PARTIAL_SUSPENSION');
    expect(String(statement.end_date_service_restriction).slice(0, 10)).toBe(
      new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
    );
    const again = await call('reviews', { accountId: author, rating: 1, comment: 'Encore.' });
    expect([again.status, (await again.json()).code]).toEqual([422, 'author_suspended']);
  });
  test('a decided notice cannot be decided twice', async () => {
    const { review } = await reviewed();
    const { id } = await notice(s.db, { locations: [`review:${review.id}`] });
    await decide(moderator, id, illegalRemoval());
    const twice = await decide(moderator, id, illegalRemoval());
    expect([twice.status, (await json(twice)).code]).toEqual([409, 'already_decided']);
  });
});

describe('Art. 18: threat to life or safety', () => {
  test('escalation records the authority, the Member State, the time and what was sent, and alerts the admins', async () => {
    const { review } = await reviewed({ comment: 'Je viens vendredi à votre bureau vous faire la peau.' });
    const { id, reference } = await notice(s.db, {
      locations: [`review:${review.id}`],
      category: 'STATEMENT_CATEGORY_VIOLENCE',
      explanation: 'A death threat against the staff of the company.',
    });
    const res = await action(moderator, `dsa-notices/${id}/escalate`, {
      authority: 'PHAROS (ministère de l’Intérieur)',
      memberState: 'FR',
      note: 'Death threat against staff; author identified.',
      authorityReference: 'PH-2026-1',
    });
    expect(res.status, await res.clone().text()).toBe(200);
    const referral = await res.json();
    expect(referral).toMatchObject({
      noticeId: id,
      memberState: 'FR',
      authority: 'PHAROS (ministère de l’Intérieur)',
      authorityReference: 'PH-2026-1',
    });
    expect(referral.payload.contentAtReceipt.reviews[0].comment).toContain('faire la peau');
    // What was sent holds the author's identity; the moderator sees it through the masking policy (docs/ACCOUNTS.md "Masking").
    const email = await emailOf(review.accountId);
    expect(JSON.parse((await s.db('law_enforcement_referrals').where({ id: referral.id }).first('payload')).payload).authors[0].email).toBe(
      email,
    );
    expect(referral.payload.authors[0]).toMatchObject({
      email: `${email[0]}•••${email.slice(email.indexOf('@'))}`,
      name: null,
      phone: null,
    });
    expect(await row('dsa_notices', id)).toMatchObject({ priority: 2 });
    expect((await messagesTo(s.db, 'admin@test.kolet', 'dsa_escalated')).length).toBe(1);
    const bundle = await moderator(`/api/dsa-notices/${id}/evidence`);
    expect(bundle.headers.get('content-disposition')).toContain(`evidence-${reference}.json`);
    expect((await bundle.json()).referrals).toHaveLength(1);
  });
});

describe('Art. 20: complaints', () => {
  async function restricted() {
    const { author, review } = await reviewed();
    const { id, reference } = await notice(s.db, {
      locations: [`review:${review.id}`],
      notifierEmail: `notifier.${randomUUID().slice(0, 6)}@example.org`,
    });
    await decide(moderator, id, illegalRemoval());
    const statement = await s.db('statements_of_reasons').where({ notice_id: id }).first();
    return { author, review, id, reference, statement };
  }
  test('Art. 20(6): the original decider cannot decide the complaint when another moderator can', async () => {
    const { author, statement } = await restricted();
    const c = await submitComplaint(
      s.db,
      { reference: statement.puid, email: await emailOf(author), text: 'My review is my honest experience, I contest its removal.' },
      FACTS,
    );
    const res = await action(moderator, `dsa-complaints/${c.id}/resolve`, {
      outcome: 'rejected',
      note: 'The allegation of a conviction is false and defamatory.',
    });
    expect([res.status, (await json(res)).code]).toEqual([422, 'same_decider']);
    expect(
      (
        await action(moderator2, `dsa-complaints/${c.id}/resolve`, {
          outcome: 'rejected',
          note: 'The allegation of a conviction is false and defamatory.',
        })
      ).status,
    ).toBe(200);
  });
  test('Art. 20(4): an upheld complaint of the author reverses the restriction at once; Art. 20(5): a reasoned reply with the other redress', async () => {
    const { author, review, statement } = await restricted();
    const email = await emailOf(author);
    const c = await submitComplaint(
      s.db,
      { reference: statement.puid, email, text: 'The manager was indeed convicted: see the court decision of 2024.' },
      FACTS,
    );
    expect((await row('dsa_complaints', c.id)).complainant_role).toBe('author');
    const res = await action(moderator2, `dsa-complaints/${c.id}/resolve`, {
      outcome: 'upheld',
      note: 'The author proved the conviction is public: the review is true.',
    });
    expect(res.status, await res.clone().text()).toBe(200);
    expect((await row('reviews', review.id)).status).toBe('published');
    const [reply] = await messagesTo(s.db, email, 'dsa_complaint_decision');
    expect(reply.body).toMatch(/revenons sur la décision.*extrajudiciaire/s);
  });
  test('Art. 20(1),(4): the notifier may contest "no action"; upheld, the notice is decided again and the new statement cites the complaint', async () => {
    const { review } = await reviewed();
    const notifierEmail = `n.${randomUUID().slice(0, 6)}@example.org`;
    const { id, reference } = await notice(s.db, { locations: [`review:${review.id}`], notifierEmail });
    await decide(moderator, id, {
      decision: 'no_action',
      note: 'Criticism of the service, not defamation.',
      automatedDetection: false,
      automatedDecision: 'AUTOMATED_DECISION_NOT_AUTOMATED',
    });
    const c = await submitComplaint(
      s.db,
      { reference, email: notifierEmail, text: 'The review names our manager and claims a conviction that does not exist.' },
      FACTS,
    );
    expect((await row('dsa_complaints', c.id)).complainant_role).toBe('notifier');
    expect(
      (
        await action(moderator2, `dsa-complaints/${c.id}/resolve`, {
          outcome: 'upheld',
          note: 'The claim of a conviction is verifiably false.',
        })
      ).status,
    ).toBe(200);
    expect(await row('dsa_notices', id)).toMatchObject({ status: 'received', decision: null });
    expect((await decide(moderator2, id, illegalRemoval())).status).toBe(200);
    const statement = await s.db('statements_of_reasons').where({ notice_id: id }).first();
    expect(statement.complaint_id).toBe(c.id);
    expect((await row('dsa_complaints', c.id)).outcome_statement_id).toBe(statement.id);
  });
  test('Art. 20(1): only a party may complain, and only for 6 months after being informed', async () => {
    const { author, statement } = await restricted();
    await expect(
      submitComplaint(
        s.db,
        { reference: statement.puid, email: 'stranger@example.org', text: 'I do not like this decision at all.' },
        FACTS,
      ),
    ).rejects.toMatchObject({ code: 'not_a_party' });
    // Statements are append-only: an older decision is a statement issued 200 days ago.
    const old = new Date(Date.now() - 200 * 86_400_000).toISOString();
    const [aged] = await s
      .db('statements_of_reasons')
      .insert({ ...statement, id: undefined, puid: `kolet-sor-aged-${randomUUID()}`, created_at: old }, '*');
    await expect(
      submitComplaint(s.db, { reference: aged.puid, email: await emailOf(author), text: 'I contest the removal of my review.' }, FACTS),
    ).rejects.toMatchObject({ code: 'complaint_window_closed' });
  });
});

describe('Art. 22 and 23: trusted flaggers and misuse', () => {
  test("Art. 22: a trusted flagger's notice within its expertise is prioritised and its statements say so", async () => {
    const at = new Date().toISOString();
    await s.db('trusted_flaggers').insert({
      name: 'Point de Contact',
      email: 'tf@pointdecontact.example',
      designated_by: 'Arcom (France)',
      active: true,
      expertise: JSON.stringify(['STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH']),
      created_at: at,
      updated_at: at,
      version: 1,
    });
    const { review } = await reviewed();
    const inside = await notice(s.db, {
      locations: [`review:${review.id}`],
      notifierEmail: 'tf@pointdecontact.example',
      notifierName: 'Point de Contact',
    });
    const outside = await notice(s.db, {
      locations: [`review:${review.id}`],
      notifierEmail: 'tf@pointdecontact.example',
      notifierName: 'Point de Contact',
      category: 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD',
    });
    expect((await row('dsa_notices', inside.id)).priority).toBe(1);
    expect((await row('dsa_notices', outside.id)).priority).toBe(0);
    await decide(moderator, inside.id, illegalRemoval());
    expect(await s.db('statements_of_reasons').where({ notice_id: inside.id }).first()).toMatchObject({
      source_type: 'SOURCE_TRUSTED_FLAGGER',
      source_identity: 'Point de Contact',
    });
  });
  test("Art. 23(2): a notifier is warned before being suspended; a suspended notifier's notices go last", async () => {
    const email = `spammer.${randomUUID().slice(0, 6)}@example.org`;
    const { review } = await reviewed();
    const first = await notice(s.db, { locations: [`review:${review.id}`], notifierEmail: email });
    await decide(moderator, first.id, {
      decision: 'no_action',
      note: 'The review is a plain 5-star rating; nothing illegal.',
      manifestlyUnfounded: true,
      automatedDetection: false,
      automatedDecision: 'AUTOMATED_DECISION_NOT_AUTOMATED',
    });
    // The moderator sees the notifier's e-mail masked, and names them by one of their notices.
    const counters = await (await moderator('/api/dsa/misuse?subject=notifier')).json();
    expect(counters.find((c: { noticeId: number }) => c.noticeId === first.id)).toMatchObject({
      notifierEmail: 's•••@example.org',
      manifest: 1,
      total: 1,
      proportion: 1,
    });
    const measure = {
      subject: 'notifier',
      notifierEmail: email,
      reason: 'Repeated notices against lawful reviews.',
      gravity: 'medium',
      days: 30,
    };
    const early = await action(moderator, 'misuse-measures/suspend', measure);
    expect([early.status, (await json(early)).code]).toEqual([422, 'warning_required']);
    const warned = await action(moderator, 'misuse-measures/warn', {
      ...measure,
      notifierEmail: undefined,
      noticeId: first.id,
      days: undefined,
    });
    expect(warned.status).toBe(200);
    expect(
      await s
        .db('misuse_measures')
        .where({ id: (await warned.json()).id })
        .first('notifier_email'),
    ).toEqual({ notifier_email: email });
    const suspended = await action(moderator, 'misuse-measures/suspend', measure);
    expect(suspended.status, await suspended.clone().text()).toBe(200);
    const later = await notice(s.db, { locations: [`review:${review.id}`], notifierEmail: email });
    expect((await row('dsa_notices', later.id)).priority).toBe(-1);
  });
  test('Art. 23(1): an author suspended after a warning cannot post, and receives a statement of reasons', async () => {
    const { author, review } = await reviewed();
    const { id } = await notice(s.db, { locations: [`review:${review.id}`] });
    await decide(moderator, id, illegalRemoval({ manifestlyIllegal: true }));
    const measure = {
      subject: 'author',
      accountId: author,
      reason: 'Repeated defamatory reviews after a warning.',
      gravity: 'high',
      days: 60,
    };
    expect((await action(moderator, 'misuse-measures/warn', { ...measure, days: undefined })).status).toBe(200);
    const res = await action(moderator, 'misuse-measures/suspend', measure);
    expect(res.status, await res.clone().text()).toBe(200);
    const m = await res.json();
    const statement = await row('statements_of_reasons', m.statementId);
    expect(validateStatement(toTdb(statement))).toEqual({});
    expect(statement.decision_provision).toBe('DECISION_PROVISION_PARTIAL_SUSPENSION');
    const post = await call('reviews', { accountId: author, rating: 1 });
    expect([post.status, (await post.json()).code]).toEqual([422, 'author_suspended']);
    expect((await action(moderator, `misuse-measures/${m.id}/lift`, { note: 'Apologised in writing.' })).status).toBe(200);
    expect((await call('reviews', { accountId: author, rating: 3 })).status).toBe(201);
  });
});

describe('Art. 24(5) and 15: exports', () => {
  test('the statements export is TDB-conformant: batches of at most 100, unique puids, no personal data', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const base = await s.db('statements_of_reasons').first();
    const rows = Array.from({ length: 120 }, (_, i) => ({ ...base, id: undefined, puid: `kolet-sor-bulk-${i}-${randomUUID()}` }));
    for (let i = 0; i < rows.length; i += 40) await s.db('statements_of_reasons').insert(rows.slice(i, i + 40));
    const res = await moderator(`/api/statements-of-reasons/export?from=2020-01-01&to=${today}`);
    expect(res.status, await res.clone().text()).toBe(200);
    const body = await res.json();
    expect(body.batches.every((b: { statements: unknown[] }) => b.statements.length >= 1 && b.statements.length <= 100)).toBe(true);
    const all = body.batches.flatMap((b: { statements: Record<string, unknown>[] }) => b.statements);
    expect(all).toHaveLength(body.count);
    expect(new Set(all.map((x: { puid: string }) => x.puid)).size).toBe(all.length);
    for (const st of all) {
      expect(validateStatement(st)).toEqual({});
      expect(Object.keys(st)).not.toEqual(expect.arrayContaining(['account_id']));
      expect(JSON.stringify(st)).not.toMatch(/@/);
    }
    expect((await moderator('/api/statements-of-reasons/export?from=2026-13-01&to=x')).status).toBe(400);
  });
  test('the transparency report counts notices by category, actions law vs terms, automation, median time, complaints', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const res = await moderator(`/api/dsa/transparency-report?from=2020-01-01&to=${today}`);
    expect(res.status).toBe(200);
    const r = await res.json();
    expect(r.notices.total).toBe(await countRows(s.db, 'dsa_notices'));
    expect(r.actions.law).toBeGreaterThan(0);
    expect(r.actions.medianHoursToAct).toBeGreaterThanOrEqual(0);
    expect(r.complaints.upheld).toBeGreaterThanOrEqual(2);
    expect(r.escalations).toBeGreaterThanOrEqual(1);
    expect(r.misuse.suspensions.notifiers).toBeGreaterThanOrEqual(1);
    const csv = await moderator(`/api/dsa/transparency-report?from=2020-01-01&to=${today}&format=csv`);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(await csv.text()).toMatch(/^section,metric,key,value\nperiod,from,,2020-01-01/);
    expect((await admin(`/api/dsa/transparency-report?from=2020-01-01&to=${today}`)).status).toBe(200);
  });
});
