// DSA Art. 24(5): statements of reasons reach the EU Transparency Database once, in the content's
// language, on the right ground (issue 20), against a local fake of the database's API
// (test/support/fakeTdb.ts). Runs on SQLite, and on PostgreSQL with DATABASE_URL.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { backOfficeJobs } from '../../server/jobs/index.ts';
import { runJob } from '../../server/jobs/scheduler.ts';
import { queueMessage } from '../../server/outbox/outbox.ts';
import { createReview, removeReview, restoreReview } from '../../server/services/reviews.ts';
import { payloadsOf, submitPendingStatements } from '../../server/services/sorSubmissions.ts';
import type { Ctx } from '../../server/services/ctx.ts';
import { httpTdbClient, type TdbClient } from '../../server/tdb/client.ts';
import { insertAccount } from '../support/fixtures.ts';
import { startFakeTdb, type FakeTdb } from '../support/fakeTdb.ts';
import { startTestServer, STAFF_BY_ROLE, type SessionFetch } from '../support/server.ts';
import { action, illegalRemoval, integration, notice, postReview } from '../support/trust.ts';
import { serviceToken } from '../support/ledger.ts';

type Server = Awaited<ReturnType<typeof startTestServer>>;
let s: Server;
let moderator: SessionFetch;
let moderatorId: number;
const MINUTE = 60_000;

beforeAll(async () => {
  s = await startTestServer();
  moderator = await s.login('moderator');
  moderatorId = (await s.db('staff').where({ email: STAFF_BY_ROLE.moderator }).first('id')).id;
});
afterAll(async () => {
  await s?.close();
});

const ctxAt = (trx: Ctx['trx'], now: Date): Ctx => ({
  trx,
  now,
  actor: { kind: 'staff', id: moderatorId, email: STAFF_BY_ROLE.moderator, name: 'Moderator', roles: ['moderator'] },
  queue: async (m) => {
    await queueMessage(trx, m, now);
  },
});

/** A review written two days before `at` and removed by a moderator at `at` (the statement is issued then). */
async function removedAt(
  at: string,
  comment = 'Service lamentable, le support ne répond jamais à mes demandes.',
  locale: 'fr' | 'en' = 'fr',
) {
  const now = new Date(at);
  const accountId = await insertAccount(s.db, { locale, email: `author.${randomUUID()}@example.org` });
  const review = await s.db.transaction((trx) =>
    createReview(ctxAt(trx, now), { accountId, rating: 1, comment, collectedAt: new Date(now.getTime() - 2 * 86_400_000).toISOString() }),
  );
  const { statement } = await s.db.transaction((trx) =>
    removeReview(ctxAt(trx, now), review.id, { ground: 'insulting', note: 'Insults towards the staff, nothing about the service.' }),
  );
  return { reviewId: review.id as number, statementId: statement.id as number, puid: statement.puid as string, statement };
}

const clientOf = (fake: FakeTdb, token = fake.token): TdbClient => httpTdbClient({ baseUrl: fake.baseUrl, token });
const submission = (statementId: number) => s.db('sor_submissions').where({ statement_id: statementId }).first();
const sentPuids = (fake: FakeTdb) => fake.calls.flatMap((c) => c.puids);
/** Whatever earlier tests left pending is accepted first, so each test sees only its own statements. */
async function drain(): Promise<void> {
  const fake = await startFakeTdb();
  try {
    await submitPendingStatements(s.db, clientOf(fake), new Date('2030-01-01T00:00:00.000Z'));
  } finally {
    await fake.close();
  }
}

describe('submission through the API: each statement once', () => {
  test('two overlapping periods (1–30 November, then 15 November–31 December): no PUID is sent twice', async () => {
    const fake = await startFakeTdb();
    try {
      const early = await removedAt('2026-11-05T10:00:00.000Z');
      const mid = await removedAt('2026-11-20T10:00:00.000Z');
      const run1 = await submitPendingStatements(s.db, clientOf(fake), new Date('2026-11-30T12:00:00.000Z'));
      expect(run1).toMatchObject({ accepted: 2, refused: 0, failed: 0 });
      // 23:30 UTC on 30 November is 1 December in Paris: it belongs to December's statements.
      const lateNov = await removedAt('2026-11-30T23:30:00.000Z');
      const dec = await removedAt('2026-12-20T10:00:00.000Z');
      const run2 = await submitPendingStatements(s.db, clientOf(fake), new Date('2026-12-31T12:00:00.000Z'));
      expect(run2).toMatchObject({ accepted: 2, refused: 0 });
      const sent = sentPuids(fake);
      expect(new Set(sent).size).toBe(sent.length);
      expect(sent.sort()).toEqual([early, mid, lateNov, dec].map((x) => x.puid).sort());
      expect(fake.calls.every((c) => c.status === 201)).toBe(true);
      expect(fake.stored.size).toBe(4);
      for (const x of [early, mid, lateNov, dec]) {
        const row = await submission(x.statementId);
        expect(row).toMatchObject({ status: 'accepted', attempts: 1 });
        expect(row.tdb_uuid).toMatch(/^[0-9a-f-]{36}$/);
        expect(row.batch_id).not.toBeNull();
      }
      expect(String(lateNov.statement.application_date).slice(0, 10)).toBe('2026-12-01');
      // A third run has nothing left to send.
      expect(await submitPendingStatements(s.db, clientOf(fake), new Date('2027-01-02T12:00:00.000Z'))).toMatchObject({ batches: 0 });
      expect(fake.calls).toHaveLength(2);
    } finally {
      await fake.close();
    }
  });

  test('the manual export of two overlapping periods hands over each statement once, once marked submitted', async () => {
    await drain();
    const fake = await startFakeTdb();
    try {
      const nov = await removedAt('2027-11-10T10:00:00.000Z');
      const lateNov = await removedAt('2027-11-30T23:30:00.000Z'); // 1 December in Paris
      const dec = await removedAt('2027-12-15T10:00:00.000Z');
      const first = await (await moderator('/api/statements-of-reasons/export?from=2027-11-01&to=2027-11-30')).json();
      expect(first.batches.flatMap((b: { statements: { puid: string }[] }) => b.statements.map((x) => x.puid))).toEqual([nov.puid]);
      // The operator submits the file with their own tool, then says so in the console.
      for (const batch of first.batches)
        expect(
          (
            await fetch(`${fake.baseUrl}/api/v1/statements`, {
              method: 'POST',
              headers: { authorization: `Bearer ${fake.token}`, 'content-type': 'application/json', accept: 'application/json' },
              body: JSON.stringify(batch),
            })
          ).status,
        ).toBe(201);
      const marked = await action(moderator, 'statements-of-reasons/mark-submitted', {
        puids: [nov.puid, 'kolet-sor-unknown'],
        note: 'Sent with our upload script',
      });
      expect(marked.status).toBe(200);
      expect(await marked.json()).toMatchObject({ marked: [nov.puid], skipped: [{ puid: 'kolet-sor-unknown', code: 'not_found' }] });
      const second = await (await moderator('/api/statements-of-reasons/export?from=2027-11-15&to=2027-12-31')).json();
      const puids = second.batches.flatMap((b: { statements: { puid: string }[] }) => b.statements.map((x: { puid: string }) => x.puid));
      expect(puids).toEqual([lateNov.puid, dec.puid]);
      for (const batch of second.batches)
        expect(
          (
            await fetch(`${fake.baseUrl}/api/v1/statements`, {
              method: 'POST',
              headers: { authorization: `Bearer ${fake.token}`, 'content-type': 'application/json' },
              body: JSON.stringify(batch),
            })
          ).status,
        ).toBe(201);
      expect(new Set(sentPuids(fake)).size).toBe(sentPuids(fake).length);
      // Marking again is refused per statement, never recorded twice.
      expect(
        await (await action(moderator, 'statements-of-reasons/mark-submitted', { puids: [nov.puid], note: 'again' })).json(),
      ).toMatchObject({ marked: [], skipped: [{ puid: nov.puid, code: 'already_accepted' }] });
      await action(moderator, 'statements-of-reasons/mark-submitted', { puids, note: 'Sent with our upload script' });
      expect((await (await moderator('/api/statements-of-reasons/export?from=2027-11-01&to=2027-12-31')).json()).count).toBe(0);
      const history = await (await moderator(`/api/statements-of-reasons/${nov.statementId}/submissions`)).json();
      expect(history).toMatchObject({
        status: 'accepted',
        batches: [{ channel: 'manual', batchStatus: 'accepted', outcome: 'accepted', note: 'Sent with our upload script' }],
      });
    } finally {
      await fake.close();
    }
  });

  test('a batch with one statement the database refuses gets the others accepted (bisection), the field it named shown', async () => {
    await drain();
    const fake = await startFakeTdb();
    try {
      const made = [];
      for (let i = 0; i < 7; i++) made.push(await removedAt(`2028-03-0${i + 1}T10:00:00.000Z`));
      const bad = made[4]!;
      // A rule of the database our own check does not have (its schema moved on): it names the field.
      fake.refuse = (x) => (x.puid === bad.puid ? { category: ['The selected category is invalid.'] } : null);
      const run = await submitPendingStatements(s.db, clientOf(fake), new Date('2028-03-10T10:00:00.000Z'));
      expect(run).toMatchObject({ accepted: 6, refused: 1, failed: 0 });
      expect(fake.stored).toEqual(new Set(made.filter((x) => x !== bad).map((x) => x.puid)));
      expect(fake.calls[0]).toMatchObject({ status: 422, puids: made.map((x) => x.puid) });
      expect(fake.calls.length).toBeLessThanOrEqual(2 * Math.ceil(Math.log2(7)) + 1);
      const refused = await submission(bad.statementId);
      expect(refused.status).toBe('refused');
      expect(JSON.parse(refused.errors)).toEqual({ category: ['The selected category is invalid.'] });
      // What the moderator sees: the statement's submission record and its history, the database's field named.
      const record = await (await moderator(`/api/sor-submissions/${bad.statementId}`)).json();
      expect(record).toMatchObject({ status: 'refused', errors: { category: ['The selected category is invalid.'] } });
      const listed = await (
        await moderator(`/api/statements-of-reasons?filter=${encodeURIComponent(JSON.stringify({ submissionStatus: 'refused' }))}`)
      ).json();
      expect(listed.map((x: { id: number }) => x.id)).toContain(bad.statementId);
      const history = await (await moderator(`/api/statements-of-reasons/${bad.statementId}/submissions`)).json();
      expect(history.batches[0]).toMatchObject({
        channel: 'api',
        batchStatus: 'refused',
        httpStatus: 422,
        statementCount: 7,
        outcome: 'split',
        position: 4,
        errors: { category: ['The selected category is invalid.'] },
      });
      expect(history.batches.at(-1)).toMatchObject({ statementCount: 1, outcome: 'refused' });
      expect(history.batches.slice(1).every((b: { parentBatchId: number | null }) => b.parentBatchId != null)).toBe(true);
      // The others are accepted, each once.
      for (const x of made.filter((m) => m !== bad)) expect((await submission(x.statementId)).status).toBe('accepted');
      expect(new Set(fake.calls.filter((c) => c.status === 201).flatMap((c) => c.puids)).size).toBe(6);
      // A refused statement stays out of the job's runs until a moderator sends it again.
      expect(await submitPendingStatements(s.db, clientOf(fake), new Date('2028-03-11T10:00:00.000Z'))).toMatchObject({ batches: 0 });
      fake.refuse = () => null;
      expect(
        (await action(moderator, `statements-of-reasons/${bad.statementId}/resubmit`, { note: 'The database fixed its list' })).status,
      ).toBe(200);
      expect(await submitPendingStatements(s.db, clientOf(fake), new Date('2028-03-11T10:05:00.000Z'))).toMatchObject({ accepted: 1 });
      const again = await action(moderator, `statements-of-reasons/${bad.statementId}/resubmit`, { note: 'once more' });
      expect([again.status, (await again.json()).code]).toEqual([409, 'already_accepted']);
    } finally {
      await fake.close();
    }
  });
});

describe('when the database is down, refuses our token, or we stop mid-call', () => {
  test('a 503 stops the run; the statements wait for their backoff, then go', async () => {
    await drain();
    const fake = await startFakeTdb();
    try {
      const x = await removedAt('2028-05-02T10:00:00.000Z');
      fake.down = 503;
      const t0 = new Date('2028-05-02T11:00:00.000Z');
      const run = await submitPendingStatements(s.db, clientOf(fake), t0);
      expect(run).toMatchObject({ batches: 1, failed: 1, accepted: 0 });
      expect(run.error).toMatch(/503/);
      const waiting = await submission(x.statementId);
      expect(waiting.status).toBe('pending');
      expect(new Date(waiting.next_attempt_at).getTime()).toBe(t0.getTime() + 5 * MINUTE);
      fake.down = null;
      expect(await submitPendingStatements(s.db, clientOf(fake), new Date(t0.getTime() + 2 * MINUTE))).toMatchObject({ batches: 0 });
      expect(await submitPendingStatements(s.db, clientOf(fake), new Date(t0.getTime() + 6 * MINUTE))).toMatchObject({ accepted: 1 });
      expect(await submission(x.statementId)).toMatchObject({ status: 'accepted', attempts: 2 });
    } finally {
      await fake.close();
    }
  });

  test('the sor.submit job exists only with a client; a refused token is a failed run naming TDB_API_TOKEN', async () => {
    await drain();
    const fake = await startFakeTdb();
    try {
      expect(backOfficeJobs(null, 'x').map((j) => j.name)).not.toContain('sor.submit');
      const job = backOfficeJobs(null, 'x', clientOf(fake, 'wrong-token')).find((j) => j.name === 'sor.submit')!;
      await removedAt('2028-06-01T10:00:00.000Z');
      const result = await runJob(s.db, job, new Date('2028-06-01T11:00:00.000Z'), 'test-holder');
      expect(result.error).toMatch(/401.*TDB_API_TOKEN/);
      expect(await s.db('job_runs').where({ job: 'sor.submit', status: 'failed' }).first()).toBeDefined();
      const ok = backOfficeJobs(null, 'x', clientOf(fake)).find((j) => j.name === 'sor.submit')!;
      const later = await runJob(s.db, ok, new Date('2028-06-01T12:00:00.000Z'), 'test-holder');
      expect(later.summary).toMatchObject({ accepted: 1 });
    } finally {
      await fake.close();
    }
  });

  test('a run that stopped after the call but before recording the answer: the resend is answered "duplicate" and recorded accepted', async () => {
    await drain();
    const fake = await startFakeTdb();
    try {
      const x = await removedAt('2028-07-01T10:00:00.000Z');
      const real = clientOf(fake);
      const dying: TdbClient = {
        submit: async (statements) => {
          await real.submit(statements);
          throw new Error('process killed');
        },
      };
      await expect(submitPendingStatements(s.db, dying, new Date('2028-07-01T11:00:00.000Z'))).rejects.toThrow('process killed');
      expect((await submission(x.statementId)).status).toBe('sending');
      expect(fake.stored.has(x.puid)).toBe(true);
      // Ten minutes later the claim is stale: the statement goes again; the database knows the PUID.
      const run = await submitPendingStatements(s.db, real, new Date('2028-07-01T11:11:00.000Z'));
      expect(run).toMatchObject({ released: 1, duplicates: 1, refused: 0 });
      expect(await submission(x.statementId)).toMatchObject({
        status: 'accepted',
        error: 'Already in the database: this PUID was submitted before',
      });
      expect(fake.stored.size).toBe(1);
      expect(fake.calls.map((c) => c.status)).toEqual([201, 422]);
    } finally {
      await fake.close();
    }
  });
});

describe('a restriction undone before submission', () => {
  test('a review restored before its statement is sent: the statement tells the database when the restriction ended; after acceptance nothing changes', async () => {
    await drain();
    const fake = await startFakeTdb();
    try {
      const before = await removedAt('2028-09-01T10:00:00.000Z');
      // 23:30 UTC on 2 September is 3 September in Paris.
      await s.db.transaction((trx) =>
        restoreReview(ctxAt(trx, new Date('2028-09-02T21:30:00.000Z')), before.reviewId, 'Removed by mistake'),
      );
      expect((await submission(before.statementId)).visibility_ended_on).toBe('2028-09-02');
      const [p] = await payloadsOf(s.db, [before.statementId]);
      expect(p!.payload).toMatchObject({ application_date: '2028-09-01', end_date_visibility_restriction: '2028-09-02' });
      await submitPendingStatements(s.db, clientOf(fake), new Date('2028-09-03T10:00:00.000Z'));
      expect(fake.calls[0]!.status).toBe(201);
      const after = await removedAt('2028-09-05T10:00:00.000Z');
      await submitPendingStatements(s.db, clientOf(fake), new Date('2028-09-05T11:00:00.000Z'));
      await s.db.transaction((trx) => restoreReview(ctxAt(trx, new Date('2028-09-06T10:00:00.000Z')), after.reviewId, 'Upheld complaint'));
      expect((await submission(after.statementId)).visibility_ended_on).toBeNull();
    } finally {
      await fake.close();
    }
  });
});

describe('statement dates, language and reference', () => {
  let call: ReturnType<typeof integration>;
  beforeAll(async () => {
    call = integration(s.baseUrl, await serviceToken(s.db));
  });

  test('an English review by a French-language account says EN; a French review by an English-language account says FR', async () => {
    const frAccount = await insertAccount(s.db, { locale: 'fr' });
    const enAccount = await insertAccount(s.db, { locale: 'en' });
    const english = await postReview(call, {
      accountId: frAccount,
      comment: 'Useless company run by idiots, whoever built this app should be ashamed of it.',
    });
    const french = await postReview(call, {
      accountId: enAccount,
      comment: 'Arnaque totale. Le gérant de Kolet est un escroc, il encaisse l’argent et coupe les forfaits.',
    });
    const languages = await (await moderator(`/api/reviews/content-languages?ids=${english.id},${french.id}`)).json();
    expect(languages).toEqual(
      expect.arrayContaining([
        { reviewId: english.id, contentLanguage: 'EN' },
        { reviewId: french.id, contentLanguage: 'FR' },
      ]),
    );
    const said: string[] = [];
    for (const r of [english, french]) {
      const res = await action(moderator, `reviews/${r.id}/remove`, {
        ground: 'insulting',
        note: 'Insults towards the staff, nothing about the service.',
      });
      expect(res.status, await res.clone().text()).toBe(200);
      said.push(
        (
          await s
            .db('statements_of_reasons')
            .where({ id: (await res.json()).statementId })
            .first()
        ).content_language,
      );
    }
    expect(said).toEqual(['EN', 'FR']);
    // The moderator corrects it in the form; a text without language says none.
    const corrected = await postReview(call, { accountId: frAccount, comment: 'Servizio pessimo, non funziona mai quando serve davvero.' });
    const res = await action(moderator, `reviews/${corrected.id}/remove`, {
      ground: 'insulting',
      note: 'Insults towards the staff.',
      contentLanguage: 'IT',
    });
    expect(
      (
        await s
          .db('statements_of_reasons')
          .where({ id: (await res.json()).statementId })
          .first()
      ).content_language,
    ).toBe('IT');
    const wrong = await action(moderator, `reviews/${corrected.id}/remove`, {
      ground: 'insulting',
      note: 'Insults towards the staff.',
      contentLanguage: 'XX',
    });
    expect(wrong.status).toBe(400);
    expect((await wrong.json()).errors).toHaveProperty('contentLanguage');
  });

  test('a decision at 00:18 in Paris on 24 May is applied on 24 May (not the UTC 23 May)', async () => {
    const x = await removedAt('2026-05-23T22:18:00.000Z');
    expect(String(x.statement.application_date).slice(0, 10)).toBe('2026-05-24');
  });

  test('an illegal-content ground cites the law the moderator gives (or nothing); a terms ground cites our terms', async () => {
    const author = await insertAccount(s.db, { locale: 'en' });
    const decideOn = async (body: Record<string, unknown>) => {
      const r = await postReview(call, { accountId: author, comment: 'Le gérant est un escroc condamné, fuyez cette entreprise.' });
      const n = await notice(s.db, { locations: [`review:${r.id}`] });
      return action(moderator, `dsa-notices/${n.id}/decide`, body);
    };
    const law = 'https://www.legifrance.gouv.fr/loda/id/JORFTEXT000000877119';
    const withLaw = await decideOn(illegalRemoval({ legalReferenceUrl: law, contentLanguages: {} }));
    expect(withLaw.status, await withLaw.clone().text()).toBe(200);
    const [st1] = (await withLaw.json()).statements;
    expect(await s.db('statements_of_reasons').where({ id: st1.id }).first()).toMatchObject({
      decision_ground_reference_url: law,
      content_language: 'FR',
    });
    const without = await (await decideOn(illegalRemoval())).json();
    expect((await s.db('statements_of_reasons').where({ id: without.statements[0].id }).first()).decision_ground_reference_url).toBeNull();
    const terms = await decideOn(
      illegalRemoval({ ground: 'DECISION_GROUND_INCOMPATIBLE_CONTENT', legalGround: undefined, legalReferenceUrl: law }),
    );
    expect(terms.status).toBe(400);
    expect((await terms.json()).errors).toHaveProperty('legalReferenceUrl');
    const termsOk = await (
      await decideOn(illegalRemoval({ ground: 'DECISION_GROUND_INCOMPATIBLE_CONTENT', legalGround: undefined }))
    ).json();
    expect((await s.db('statements_of_reasons').where({ id: termsOk.statements[0].id }).first()).decision_ground_reference_url).toBe(
      'https://kolet.com/legal/terms#reviews',
    );
  });
});

describe('the manual export', () => {
  test('format=csv is CSV, every cell that could run as a formula neutralised; an unknown format is a 400 naming it', async () => {
    await drain();
    const x = await removedAt('2029-02-10T10:00:00.000Z', '=HYPERLINK("http://evil.example","clic") nul, le support ne répond jamais.');
    const res = await moderator('/api/statements-of-reasons/export?from=2029-02-01&to=2029-02-28&format=csv');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toContain('kolet-statements-2029-02-01-2029-02-28.csv');
    const text = await res.text();
    const [header, line] = text.trim().split('\n');
    expect(header!.split(',').slice(0, 3)).toEqual(['puid', 'decision_visibility', 'decision_visibility_other']);
    expect(line).toContain(x.puid);
    expect(line).toContain('DECISION_VISIBILITY_CONTENT_REMOVED');
    // A cell starting with = + - @ (or a tab, a CR) is prefixed with ' by csvSafe.
    await s.db('statements_of_reasons').insert({
      ...(await s.db('statements_of_reasons').where({ id: x.statementId }).first()),
      id: undefined,
      puid: `kolet-sor-${randomUUID()}`,
      decision_facts: "=cmd|' /C calc'!A0 the review was removed after a report",
      created_at: '2029-02-11T10:00:00.000Z',
    });
    const csv = await (await moderator('/api/statements-of-reasons/export?from=2029-02-01&to=2029-02-28&format=csv')).text();
    expect(csv).toContain(",'=cmd|");
    expect(csv).not.toMatch(/(^|,)=cmd/m);
    const bad = await moderator('/api/statements-of-reasons/export?from=2029-02-01&to=2029-02-28&format=xml');
    expect(bad.status).toBe(400);
    const body = await bad.json();
    expect(body.errors.format).toMatch(/xml/);
    expect(
      (await moderator('/api/statements-of-reasons/export?from=2029-02-01&to=2029-02-28&format=json')).headers.get('content-type'),
    ).toMatch(/json/);
  });
});
