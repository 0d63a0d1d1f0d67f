import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { validateStatement } from '../../server/domain/dsa/tdbValidator.ts';
import { toTdb } from '../../server/domain/dsa/statement.ts';
import { expireReviews } from '../../server/jobs/reviewRetention.ts';
import { countRows, insertAccount } from '../support/fixtures.ts';
import { serviceToken } from '../support/ledger.ts';
import { paidOrder } from '../support/orders.ts';
import { startTestServer, type SessionFetch } from '../support/server.ts';
import { action, integration, messagesTo, notice, postReview, report } from '../support/trust.ts';

type Server = Awaited<ReturnType<typeof startTestServer>>;
let s: Server;
let moderator: SessionFetch;
let support: SessionFetch;
let call: ReturnType<typeof integration>;
const DAY = 86_400_000;

beforeAll(async () => {
  s = await startTestServer();
  [moderator, support] = await Promise.all([s.login('moderator'), s.login('support')]);
  call = integration(s.baseUrl, await serviceToken(s.db));
});
afterAll(async () => {
  await s?.close();
});

let n = 0;
const customer = (over: Record<string, unknown> = {}) => insertAccount(s.db, { email: `reviewer${++n}.${Date.now()}@gmail.com`, ...over });
const emailOf = async (id: number) => (await s.db('accounts').where({ id }).first('email')).email as string;
const review = (id: number) => s.db('reviews').where({ id }).first();

describe('GCU §8: publication', () => {
  test('a review is published at once, without moderation before publication', async () => {
    const before = Date.now();
    const r = await postReview(call, { accountId: await customer(), rating: 4, comment: 'Fonctionne bien au Japon.' });
    expect(r).toMatchObject({ status: 'published', rating: 4, reportCount: 0 });
    expect(new Date(r.publishedAt).getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(new Date(r.deleteAfter).getUTCFullYear()).toBe(new Date(r.publishedAt).getUTCFullYear() + 3);
  });
  test('a review is published when received, never on a date that did not happen; more than a month after collection, it is flagged', async () => {
    const collected = new Date(Date.now() - 90 * DAY);
    const before = Date.now();
    const late = await postReview(call, { accountId: await customer(), rating: 5, collectedAt: collected.toISOString() });
    expect(new Date(late.publishedAt).getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(late.publishedLate).toBe(true);
    const fresh = await postReview(call, {
      accountId: await customer(),
      rating: 4,
      collectedAt: new Date(Date.now() - 3 * DAY).toISOString(),
    });
    expect(fresh.publishedLate).toBe(false);
  });
  test('1 to 5 stars: 0 and 6 are refused naming the field', async () => {
    for (const rating of [0, 6, 3.5]) {
      const res = await call('reviews', { accountId: await customer(), rating });
      expect(res.status).toBe(400);
      expect((await res.json()).errors).toHaveProperty('rating');
    }
  });
  test("a review of an order must be of one of the author's orders; never collected in the future", async () => {
    const { orderId } = await paidOrder(s.db, await customer());
    const res = await call('reviews', { accountId: await customer(), rating: 2, orderId });
    expect([res.status, (await res.json()).code]).toEqual([422, 'order_not_of_account']);
    const future = await call('reviews', { accountId: await customer(), rating: 2, collectedAt: new Date(Date.now() + DAY).toISOString() });
    expect([future.status, (await future.json()).code]).toEqual([422, 'collected_in_future']);
  });
  test('a deactivated account cannot post', async () => {
    const res = await call('reviews', { accountId: await customer({ status: 'deactivated' }), rating: 5 });
    expect([res.status, (await res.json()).code]).toEqual([422, 'account_inactive']);
  });
});

describe('reports and the moderation queue', () => {
  test('reported reviews form the queue, most severe first, then most reported', async () => {
    const [a, b, c] = [
      await postReview(call, { accountId: await customer() }),
      await postReview(call, { accountId: await customer() }),
      await postReview(call, { accountId: await customer() }),
    ];
    expect((await report(call, a.id, 'spam')).status).toBe(201);
    expect((await report(call, a.id, 'spam', await customer())).status).toBe(201);
    expect((await report(call, b.id, 'threat')).status).toBe(201);
    expect((await report(call, c.id, 'spam')).status).toBe(201);
    const res = await moderator(
      `/api/reviews?filter=${encodeURIComponent(JSON.stringify({ reported: true }))}&sort=${encodeURIComponent('["severity","DESC"]')}&range=[0,99]`,
    );
    expect(res.status).toBe(200);
    const ids = ((await res.json()) as { id: number }[]).map((r) => r.id);
    expect(ids.indexOf(b.id)).toBeLessThan(ids.indexOf(a.id));
    expect(ids.indexOf(a.id)).toBeLessThan(ids.indexOf(c.id));
    expect(await review(b.id)).toMatchObject({ report_count: 1, severity: 5 });
  });
  test('the same customer reports a review once; only a published review can be reported', async () => {
    const r = await postReview(call, { accountId: await customer() });
    const reporter = await customer();
    expect((await report(call, r.id, 'abusive', reporter)).status).toBe(201);
    const again = await report(call, r.id, 'insulting', reporter);
    expect([again.status, (await again.json()).code]).toEqual([409, 'already_reported']);
    await s.db('reviews').where({ id: r.id }).update({ status: 'removed' });
    const removed = await report(call, r.id, 'spam');
    expect([removed.status, (await removed.json()).code]).toEqual([422, 'review_not_published']);
  });
  test('an unknown reason is refused (400 naming the field)', async () => {
    const r = await postReview(call, { accountId: await customer() });
    const res = await report(call, r.id, 'dsa_notice');
    expect(res.status).toBe(400);
    expect((await res.json()).errors).toHaveProperty('reason');
  });
});

describe('keep, remove, restore', () => {
  test('keep dismisses the open reports and tells the reporters; a review without reports cannot be "kept"', async () => {
    const r = await postReview(call, { accountId: await customer() });
    const reporter = await customer();
    await report(call, r.id, 'defamatory', reporter);
    const res = await action(moderator, `reviews/${r.id}/keep`, { note: 'Negative but factual.' });
    expect(res.status, await res.clone().text()).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'published', reportCount: 0, severity: 0 });
    expect(await countRows(s.db, 'review_reports', { review_id: r.id, status: 'dismissed' })).toBe(1);
    expect((await messagesTo(s.db, await emailOf(reporter), 'review_report_kept')).length).toBe(1);
    const again = await action(moderator, `reviews/${r.id}/keep`, {});
    expect([again.status, (await again.json()).code]).toEqual([409, 'not_reported']);
  });

  test('remove needs a GCU §8 ground and a note; it issues a TDB-valid statement of reasons, tells the author and the reporters', async () => {
    const author = await customer();
    const reporter = await customer();
    const r = await postReview(call, { accountId: author, comment: 'Bande d’incapables et de voleurs.' });
    await report(call, r.id, 'insulting', reporter);
    const bad = await action(moderator, `reviews/${r.id}/remove`, { ground: 'rude', note: 'short' });
    expect(bad.status).toBe(400);
    expect(Object.keys((await bad.json()).errors).sort()).toEqual(['ground', 'note']);

    const res = await action(moderator, `reviews/${r.id}/remove`, {
      ground: 'insulting',
      note: 'Insults towards the staff, with no account of the experience.',
    });
    expect(res.status, await res.clone().text()).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ status: 'removed', removalGround: 'insulting' });
    const statement = await s.db('statements_of_reasons').where({ id: body.statementId }).first();
    expect(statement).toMatchObject({
      review_id: r.id,
      account_id: author,
      decision_ground: 'DECISION_GROUND_INCOMPATIBLE_CONTENT',
      source_type: 'SOURCE_TYPE_OTHER_NOTIFICATION',
    });
    expect(validateStatement(toTdb(statement))).toEqual({});
    const [toAuthor] = await messagesTo(s.db, await emailOf(author), 'dsa_statement_of_reasons');
    expect(toAuthor.body).toContain(statement.puid);
    expect(toAuthor.body).toMatch(/6 mois/);
    expect((await messagesTo(s.db, await emailOf(reporter), 'review_report_removed')).length).toBe(1);
    expect(
      await s
        .db('audit_log')
        .where({ action: 'reviews.remove', entity_id: String(r.id) })
        .first(),
    ).toBeDefined();
  });

  test('a review under an undecided DSA notice is settled by the notice, not by keep/remove (409 open_dsa_notice)', async () => {
    const r = await postReview(call, { accountId: await customer() });
    await notice(s.db, { locations: [`review:${r.id}`] });
    for (const [path, body] of [
      ['keep', {}],
      ['remove', { ground: 'defamatory', note: 'Defamatory allegation.' }],
    ] as const) {
      const res = await action(moderator, `reviews/${r.id}/${path}`, body);
      expect([res.status, (await res.json()).code]).toEqual([409, 'open_dsa_notice']);
    }
    expect((await review(r.id)).status).toBe('published');
  });

  test('restore publishes a removed review again and tells its author; only a removed review, and not past retention', async () => {
    const author = await customer();
    const r = await postReview(call, { accountId: author });
    const published = await action(moderator, `reviews/${r.id}/restore`, { note: 'Mistake' });
    expect([published.status, (await published.json()).code]).toEqual([409, 'not_removed']);
    await action(moderator, `reviews/${r.id}/remove`, { ground: 'inappropriate', note: 'Advertising for another site.' });
    const res = await action(moderator, `reviews/${r.id}/restore`, { note: 'The link was to a travel blog: allowed.' });
    expect(res.status, await res.clone().text()).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'published', removalGround: null });
    expect((await messagesTo(s.db, await emailOf(author), 'review_restored')).length).toBe(1);

    await action(moderator, `reviews/${r.id}/remove`, { ground: 'inappropriate', note: 'Advertising for another site.' });
    await s
      .db('reviews')
      .where({ id: r.id })
      .update({ delete_after: new Date(Date.now() - DAY).toISOString() });
    const late = await action(moderator, `reviews/${r.id}/restore`, { note: 'Mistake' });
    expect([late.status, (await late.json()).code]).toEqual([422, 'retention_expired']);
  });

  test('bulk dismiss keeps several reviews in one call and lists those skipped, with the reason', async () => {
    const [a, b, c] = [
      await postReview(call, { accountId: await customer() }),
      await postReview(call, { accountId: await customer() }),
      await postReview(call, { accountId: await customer() }),
    ];
    await report(call, a.id, 'spam');
    await report(call, b.id, 'spam');
    await notice(s.db, { locations: [`review:${c.id}`] });
    const res = await action(moderator, 'reviews/dismiss-reports', { ids: [a.id, b.id, c.id, 99_999_999] });
    expect(res.status, await res.clone().text()).toBe(200);
    expect(await res.json()).toEqual({
      dismissed: [a.id, b.id],
      skipped: [
        { id: c.id, code: 'open_dsa_notice' },
        { id: 99_999_999, code: 'not_found' },
      ],
    });
    const tooMany = await action(moderator, 'reviews/dismiss-reports', { ids: Array.from({ length: 101 }, (_, i) => i + 1) });
    expect(tooMany.status).toBe(400);
  });

  test('support reads reviews but cannot moderate them', async () => {
    const r = await postReview(call, { accountId: await customer() });
    expect((await support(`/api/reviews/${r.id}`)).status).toBe(200);
    expect((await action(support, `reviews/${r.id}/remove`, { ground: 'abusive', note: 'Abusive language.' })).status).toBe(403);
  });
});

describe('GCU §8: retention', () => {
  test('the job erases reviews 3 years after publication, closes their reports and reports what it removed', async () => {
    const r = await postReview(call, { accountId: await customer() });
    await report(call, r.id, 'spam');
    await s
      .db('reviews')
      .where({ id: r.id })
      .update({ delete_after: new Date(Date.now() - 1000).toISOString() });
    const fresh = await postReview(call, { accountId: await customer() });
    const outcome = await expireReviews(s.db);
    expect(outcome.ids).toContain(r.id);
    expect(outcome.ids).not.toContain(fresh.id);
    expect(await review(r.id)).toMatchObject({ status: 'expired', comment: null, report_count: 0 });
    expect(await countRows(s.db, 'review_reports', { review_id: r.id, status: 'open' })).toBe(0);
    const run = await s.db('job_runs').where({ job: 'reviews.expire' }).orderBy('id', 'desc').first();
    expect(run.status).toBe('succeeded');
    expect(JSON.parse(run.summary).ids).toContain(r.id);
    expect((await expireReviews(s.db)).ids).not.toContain(r.id);
  });
});
