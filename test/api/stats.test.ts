import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { nextDay, parisDate, startOfParisDay } from '../../server/domain/calendar.ts';
import { addDays } from '../../server/domain/refunds/clocks.ts';
import { insertAccount, insertCountry } from '../support/fixtures.ts';
import { startTestServer, type SessionFetch } from '../support/server.ts';

// A small fixture whose figures are computed by hand below.
type Server = Awaited<ReturnType<typeof startTestServer>>;
let s: Server;
let as: Record<string, SessionFetch>;
const now = new Date();
const today = parisDate(now);
const yesterday = addDays(today, -1);
/** 10:00 Paris time (09:00 or 08:00 UTC) on a Paris day. */
const at = (day: string, hourUtc = 9) => `${day}T${String(hourUtc).padStart(2, '0')}:00:00.000Z`;
const stamp = (t: string) => ({ created_at: t, updated_at: t, version: 1 });

beforeAll(async () => {
  s = await startTestServer();
  as = Object.fromEntries(
    await Promise.all(['support', 'finance', 'moderator', 'catalog', 'admin'].map(async (r) => [r, await s.login(r)])),
  );
  const db = s.db;
  await insertCountry(db, 'JP', { name: 'Japan' });
  await insertCountry(db, 'TH', { name: 'Thailand', available: false });
  const [jp] = await db('plans').insert(
    {
      country_code: 'JP',
      name: 'Japan 5 GB',
      data_mb: 5120,
      validity_days: 30,
      price_cents: 1000,
      vat_rate_bp: 2000,
      status: 'active',
      promotional: false,
      ...stamp(at(yesterday)),
    },
    ['id'],
  );
  const [th] = await db('plans').insert(
    {
      country_code: 'TH',
      name: 'Thailand 3 GB',
      data_mb: 3072,
      validity_days: 15,
      price_cents: 500,
      vat_rate_bp: 2000,
      status: 'draft',
      promotional: false,
      ...stamp(at(yesterday)),
    },
    ['id'],
  );
  const a = await insertAccount(db);
  const order = async (planId: number, cents: number, t: string) => {
    const [o] = await db('orders').insert(
      {
        account_id: a,
        plan_id: planId,
        amount_cents: cents,
        vat_cents: 0,
        list_price_cents: cents,
        payment_method: 'card',
        payment_reference: `pi_${Math.random()}`,
        channel: 'app',
        status: 'paid',
        refunded_cents: 0,
        ordered_at: t,
        ...stamp(t),
      },
      ['id'],
    );
    return typeof o === 'object' ? o.id : o;
  };
  const idOf = (r: unknown) => (typeof r === 'object' ? (r as { id: number }).id : (r as number));
  // Yesterday: 2 Japan orders (10 € + 10 €) and 1 Thailand order (5 €). Today: 1 Japan order (10 €).
  // An order at 23:30 UTC the day before yesterday is already yesterday in Paris (00:30 or 01:30).
  await order(idOf(jp), 1000, at(yesterday));
  await order(idOf(jp), 1000, `${addDays(yesterday, -1)}T23:30:00.000Z`);
  const thOrder = await order(idOf(th), 500, at(yesterday, 11));
  await order(idOf(jp), 1000, at(today, 0));
  // A refund of 3 € on the Thailand order, decided today and being paid out by the provider: granted
  // money, counted per day and per country alike (one list of granted statuses, refundStates.ts).
  await db('refunds').insert({
    order_id: thOrder,
    account_id: a,
    status: 'payout_pending',
    source: 'email',
    customer_reason: 'x',
    requested_at: at(yesterday),
    eligibility: 'full',
    eligibility_reasons: '[]',
    proposed_amount_cents: 500,
    decision_due_at: at(addDays(today, 5)),
    amount_cents: 300,
    decided_at: at(today, 0),
    ...stamp(at(today, 0)),
  });
  // Refunds to decide: one due today (the Paris day's last second, so still ahead at any hour the
  // suite runs), one overdue.
  for (const [due, t] of [
    [new Date(startOfParisDay(nextDay(today)).getTime() - 1000).toISOString(), 'today'],
    [new Date(now.getTime() - 3_600_000).toISOString(), 'overdue'],
  ]) {
    const o = await order(idOf(jp), 1000, at(addDays(today, -3)));
    await db('refunds').insert({
      order_id: o,
      account_id: a,
      status: 'requested',
      source: 'email',
      customer_reason: t,
      requested_at: at(addDays(today, -3)),
      eligibility: 'full',
      eligibility_reasons: '[]',
      proposed_amount_cents: 1000,
      decision_due_at: due,
      ...stamp(at(addDays(today, -3))),
    });
  }
  // Reviews: ratings 5, 5, 4, 1 published (the 1★ reported twice), one removed.
  for (const [rating, status, reports] of [
    [5, 'published', 0],
    [5, 'published', 0],
    [4, 'published', 0],
    [1, 'published', 2],
    [2, 'removed', 1],
  ] as const) {
    const [r] = await db('reviews').insert(
      {
        account_id: a,
        rating,
        status,
        collected_at: at(yesterday),
        published_at: at(yesterday),
        delete_after: at(addDays(today, 1000)),
        report_count: reports,
        ...stamp(at(yesterday)),
      },
      ['id'],
    );
    for (let i = 0; i < reports; i++)
      await db('review_reports').insert({
        review_id: idOf(r),
        reason: 'abusive',
        status: status === 'published' ? 'open' : 'upheld',
        ...stamp(at(yesterday)),
      });
  }
  // DSA notices: one decided within the 72 h, one decided late, one open over SLA (threat to life), one open in time.
  const notice = (ref: string, status: string, received: string, due: string, decided: string | null, threat = false) =>
    db('dsa_notices').insert({
      reference: ref,
      status,
      received_at: received,
      decision_due_at: due,
      category: 'STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH',
      explanation: 'x',
      locations: '[]',
      good_faith: true,
      threat_to_life: threat,
      decided_at: decided,
      ...stamp(received),
    });
  await notice('DSA-1', 'decided', at(addDays(today, -5)), at(addDays(today, -2)), at(addDays(today, -4)));
  await notice('DSA-2', 'closed', at(addDays(today, -9)), at(addDays(today, -6)), at(addDays(today, -5)));
  await notice('DSA-3', 'in_review', at(addDays(today, -4)), at(addDays(today, -1)), null, true);
  await notice('DSA-4', 'received', now.toISOString(), new Date(now.getTime() + 72 * 3_600_000).toISOString(), null);
  // Transfers: yesterday 2 sent (2 GB + 3 GB), one pending since yesterday 00:00 Paris (more than a day at any hour of today), one fixed today.
  const [p] = await db('account_plans').insert(
    {
      account_id: a,
      name: 'x',
      origin: 'paid',
      data_total_mb: 0,
      data_used_mb: 0,
      data_remaining_mb: 0,
      status: 'active',
      validity_days: 30,
      ordered_at: at(yesterday),
      ...stamp(at(yesterday)),
    },
    ['id'],
  );
  await db('transfers').insert({
    sender_account_id: a,
    source_account_plan_id: idOf(p),
    recipient_email: 'x@gmial.com',
    amount_gb: 2,
    amount_mb: 2048,
    status: 'pending',
    ...stamp(at(yesterday, 0)),
  });
  await db('transfers').insert({
    sender_account_id: a,
    source_account_plan_id: idOf(p),
    recipient_email: 'y@gmial.com',
    amount_gb: 3,
    amount_mb: 3072,
    status: 'reversed',
    fixed_at: at(today, 0),
    ...stamp(at(yesterday, 6)),
  });
});
afterAll(async () => {
  await s?.close();
});

const get = async (role: string, path: string) => {
  const res = await as[role]!(path);
  return { status: res.status, body: res.status === 200 ? await res.json() : null };
};

describe('stats endpoints against hand-computed figures', () => {
  test('sales and refunds per Paris day and per country', async () => {
    const { body } = await get('finance', '/api/stats/sales?days=3');
    expect(body.days.map((d: { day: string }) => d.day)).toEqual([addDays(today, -2), yesterday, today]);
    expect(body.days[1]).toEqual({ day: yesterday, orders: 3, salesCents: 2500, refunds: 0, refundedCents: 0 });
    expect(body.days[2]).toEqual({ day: today, orders: 1, salesCents: 1000, refunds: 1, refundedCents: 300 });
    expect(body.countries).toEqual([
      { countryCode: 'JP', name: 'Japan', orders: 3, salesCents: 3000, refundedCents: 0 },
      { countryCode: 'TH', name: 'Thailand', orders: 1, salesCents: 500, refundedCents: 300 },
    ]);
  });
  test('top destinations count orders per country, over the window', async () => {
    expect((await get('catalog', '/api/stats/top-destinations?days=7')).body).toEqual([
      { countryCode: 'JP', name: 'Japan', orders: 5 },
      { countryCode: 'TH', name: 'Thailand', orders: 1 },
    ]);
  });
  test('transfers per day, volume in GB, fixes, and statuses', async () => {
    const { body } = await get('support', '/api/stats/transfers?days=2');
    expect(body.days).toEqual([
      { day: yesterday, transfers: 2, gb: 5, fixes: 0 },
      { day: today, transfers: 0, gb: 0, fixes: 1 },
    ]);
    expect(body.byStatus).toEqual({ pending: 1, delivered: 0, redirected: 0, reversed: 1 });
  });
  test('review ratings and reports', async () => {
    expect((await get('moderator', '/api/stats/reviews')).body).toEqual({
      ratings: [
        { rating: 1, count: 1 },
        { rating: 2, count: 0 },
        { rating: 3, count: 0 },
        { rating: 4, count: 1 },
        { rating: 5, count: 2 },
      ],
      openReports: 2,
      reportedReviews: 1,
      removed: 1,
    });
  });
  test('DSA notices by status and SLA compliance', async () => {
    expect((await get('moderator', '/api/stats/dsa')).body).toEqual({
      byStatus: { received: 1, in_review: 1, decided: 1, closed: 1 },
      decided: 2,
      decidedWithinSla: 1,
      slaCompliance: 0.5,
      overSla: 1,
      threatToLifeOpen: 1,
    });
  });
  test('cards: each role sees its own live counts, null for the others', async () => {
    expect((await get('finance', '/api/stats/cards')).body).toEqual({
      refundsDueToday: 1,
      refundsOverdue: 1,
      transfersAwaitingFix: null,
      reportedReviews: null,
      noticesOverSla: null,
      activePlans: null,
      unavailableCountries: null,
      conversationsNew: null,
      conversationsWaitingUs: null,
      conversationsLate: null,
      complaintsAwaitingAnswer: null,
      payoutDifferences: 0,
      messagesWaiting: null,
    });
    expect((await get('support', '/api/stats/cards')).body).toMatchObject({
      transfersAwaitingFix: 1,
      refundsDueToday: null,
      conversationsNew: 0,
      conversationsWaitingUs: 0,
      conversationsLate: 0,
      complaintsAwaitingAnswer: 0,
      payoutDifferences: null,
      messagesWaiting: 0,
    });
    expect((await get('moderator', '/api/stats/cards')).body).toMatchObject({
      reportedReviews: 1,
      noticesOverSla: 1,
      refundsDueToday: null,
    });
    expect((await get('catalog', '/api/stats/cards')).body).toMatchObject({
      activePlans: 1,
      unavailableCountries: 1,
      transfersAwaitingFix: null,
    });
    expect(Object.values((await get('admin', '/api/stats/cards')).body).every((v) => v !== null)).toBe(true);
  });
  test('roles: the figures of another work area are 403; a bad window is 400', async () => {
    expect((await get('moderator', '/api/stats/sales')).status).toBe(403);
    expect((await get('catalog', '/api/stats/transfers')).status).toBe(403);
    expect((await get('finance', '/api/stats/dsa')).status).toBe(403);
    expect((await get('finance', '/api/stats/sales?days=0')).status).toBe(400);
    expect((await get('finance', '/api/stats/sales?days=abc')).status).toBe(400);
  });
});
