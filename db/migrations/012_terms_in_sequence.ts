import type { Knex } from 'knex';
import { changeChecks, isPostgres, OUTSIDE_TRANSACTION, setCheckValues } from './helpers.ts';

// The terms under real sequences (docs/RULES.md): paid and gifted data kept apart in the ledger,
// the size of a plan as the customer sees it, refund verdicts stored with their facts, transfer
// fixes for address errors only, usage past a plan's end recorded as overshoot, reviews published
// when received, eSIM moves after a change of device, departure dates on orders.
export const config = OUTSIDE_TRANSACTION; // the ledger and account plans are rebuilt on SQLite

// The values as they were when this migration was written: a migration never imports live code.
const LEDGER_KINDS_BEFORE = [
  'purchase',
  'usage',
  'transfer_out',
  'transfer_in',
  'reversal',
  'expiry',
  'refund_write_off',
  'adjustment',
  'referral_reward',
] as const;
const LEDGER_KINDS = [...LEDGER_KINDS_BEFORE, 'bonus', 'goodwill', 'reclassification', 'write_off'] as const;
const TRANSFER_FIX_REASONS = [
  'address_typo',
  'similar_address_other_person',
  'address_never_existed',
  'outdated_address',
  'changed_mind',
  'wrong_amount',
  'wrong_plan',
  'other',
] as const;
const GIFTED_ORIGINS = ['welcome', 'promo', 'referral_reward'];
const BATCH = 500;

export async function up(knex: Knex): Promise<void> {
  const pg = isPostgres(knex);
  const now = new Date().toISOString();

  // ── The data ledger: each entry says how much of it is gifted data, and the gifted balance after it.
  await knex.schema.alterTable('data_ledger', (t) => {
    t.integer('gifted_delta_mb').notNullable().defaultTo(0);
    t.integer('gifted_after_mb').notNullable().defaultTo(0);
    t.index(['usage_record_id']);
  });
  await changeChecks(knex, 'data_ledger', [
    { setValues: { column: 'kind', values: LEDGER_KINDS } },
    { drop: 'data_ledger_delta_nonzero' },
    { add: { name: 'data_ledger_moves_data', expression: 'delta_mb <> 0 OR gifted_delta_mb <> 0' } },
    {
      add: {
        name: 'data_ledger_gifted_within_delta',
        expression:
          "(kind = 'reclassification' AND delta_mb = 0) OR (delta_mb > 0 AND gifted_delta_mb >= 0 AND gifted_delta_mb <= delta_mb) OR (delta_mb < 0 AND gifted_delta_mb <= 0 AND gifted_delta_mb >= delta_mb)",
      },
    },
    {
      add: { name: 'data_ledger_gifted_after_within_balance', expression: 'gifted_after_mb >= 0 AND gifted_after_mb <= balance_after_mb' },
    },
  ]);

  // ── Account plans: the gifted share of what is left (a cache of the ledger, like data_remaining_mb).
  await knex.schema.alterTable('account_plans', (t) => {
    t.integer('data_gifted_mb').notNullable().defaultTo(0);
  });
  // What each plan holds of gifted data today: all of a free plan; of a paid plan, the bonus its
  // promo code added, less what was used (usage spends the gift first). Recorded as one
  // `reclassification` entry per plan, so the ledger still explains every balance.
  const least = pg ? 'LEAST' : 'MIN';
  const greatest = pg ? 'GREATEST' : 'MAX';
  const gifted = `CASE WHEN p.origin IN (${GIFTED_ORIGINS.map((o) => `'${o}'`).join(', ')}) THEN p.data_remaining_mb
    WHEN p.origin = 'paid' AND c.bonus_mb > 0 THEN ${least}(p.data_remaining_mb, ${greatest}(0, c.bonus_mb - p.data_used_mb)) ELSE 0 END`;
  await knex.raw(
    `INSERT INTO data_ledger (account_plan_id, kind, delta_mb, gifted_delta_mb, balance_after_mb, gifted_after_mb, actor_kind, note, created_at)
    SELECT id, 'reclassification', 0, gifted, remaining, gifted, 'system', 'Gifted data on this plan when the ledger began to tell paid from gifted data', ?
    FROM (SELECT p.id, p.data_remaining_mb AS remaining, ${gifted} AS gifted
          FROM account_plans p LEFT JOIN orders o ON o.id = p.order_id LEFT JOIN promo_codes c ON c.id = o.promo_code_id
          WHERE p.data_remaining_mb > 0) s
    WHERE gifted > 0 ORDER BY id`,
    [now],
  );
  await knex.raw(`UPDATE account_plans SET data_gifted_mb = (SELECT l.gifted_after_mb FROM data_ledger l WHERE l.account_plan_id = account_plans.id AND l.kind = 'reclassification')
    WHERE id IN (SELECT account_plan_id FROM data_ledger WHERE kind = 'reclassification')`);
  // The size of a plan is what it gave the customer: purchases, gifts and data received. Data sent
  // away or returned to it does not change it; data withdrawn from a wrong recipient does.
  await knex.raw(`UPDATE account_plans SET data_total_mb = COALESCE((SELECT SUM(CASE
      WHEN l.kind IN ('purchase', 'bonus', 'goodwill', 'referral_reward', 'transfer_in') THEN l.delta_mb
      WHEN l.kind = 'adjustment' AND l.delta_mb > 0 THEN l.delta_mb
      WHEN l.kind = 'reversal' AND l.delta_mb < 0 THEN l.delta_mb
      WHEN l.kind = 'reversal' AND NOT EXISTS (SELECT 1 FROM data_ledger r WHERE r.id = l.reverses_id AND r.account_plan_id = l.account_plan_id) THEN l.delta_mb
      ELSE 0 END) FROM data_ledger l WHERE l.account_plan_id = account_plans.id), 0)`);
  await changeChecks(knex, 'account_plans', [
    { add: { name: 'account_plans_gifted_within_remaining', expression: 'data_gifted_mb >= 0 AND data_gifted_mb <= data_remaining_mb' } },
  ]);

  // ── An order must be activated within one calendar year, in Paris (GCS §5.3.1): to the end of the same date a year later.
  for (let after = 0; ;) {
    const rows: { id: number; ordered_at: string | Date }[] = await knex('account_plans')
      .where({ status: 'pending' })
      .where('id', '>', after)
      .orderBy('id')
      .limit(BATCH)
      .select('id', 'ordered_at');
    if (!rows.length) break;
    for (const r of rows)
      await knex('account_plans')
        .where({ id: r.id })
        .update({ activate_by: activationDeadline(new Date(r.ordered_at)).toISOString() });
    after = rows[rows.length - 1]!.id;
  }

  await knex.schema.alterTable('orders', (t) => {
    t.date('departure_date'); // GCS §5.3.3.1: a promotion needs the departure date
  });

  // ── Refunds: the facts of the verdict when asked and when decided; an agent's back-dating beyond the limit, confirmed by an admin.
  await knex.schema.alterTable('refunds', (t) => {
    t.index(['order_id']); // "is a refund open on this plan's order?", asked before every transfer
    t.text('request_facts'); // JSON {facts, verdict} at the request
    t.text('decision_facts'); // JSON {facts, verdict} re-assessed inside the decision
    t.text('backdate_reason');
    t.integer('backdate_confirmed_by_staff_id'); // staff.id (plain column: SQLite adds it in place)
  });

  // ── Transfer fixes: the address error, the address the sender meant, an admin's override.
  await knex.schema.alterTable('transfers', (t) => {
    t.enu('fix_reason_code', TRANSFER_FIX_REASONS);
    t.string('intended_email', 254);
    t.text('fix_override_reason');
  });

  // ── Usage: what the ledger took of each record; the rest is overshoot (past the end of the data or of the validity).
  await knex.schema.alterTable('usage_records', (t) => {
    t.integer('charged_mb').notNullable().defaultTo(0);
  });
  await knex.raw(
    `UPDATE usage_records SET charged_mb = COALESCE((SELECT -l.delta_mb FROM data_ledger l WHERE l.usage_record_id = usage_records.id AND l.kind = 'usage'), 0)`,
  );

  // ── Reviews: published when received (GCU §8), flagged when that is more than a month after collection.
  await knex.schema.alterTable('reviews', (t) => {
    t.boolean('published_late').notNullable().defaultTo(false);
  });
  for (let after = 0; ;) {
    const rows: { id: number; collected_at: string | Date; published_at: string | Date; created_at: string | Date }[] = await knex(
      'reviews',
    )
      .where('id', '>', after)
      .orderBy('id')
      .limit(BATCH)
      .select('id', 'collected_at', 'published_at', 'created_at');
    if (!rows.length) break;
    for (const r of rows) {
      const received = new Date(r.created_at);
      let published = new Date(r.published_at);
      const change: Record<string, unknown> = {};
      if (published < received) {
        // stored as published on a date before it was received: a date that never happened
        published = received;
        change.published_at = published.toISOString();
        change.delete_after = addUtcMonths(published, 36).toISOString();
      }
      if (published > addUtcMonths(new Date(r.collected_at), 1)) change.published_late = true;
      if (Object.keys(change).length) await knex('reviews').where({ id: r.id }).update(change);
    }
    after = rows[rows.length - 1]!.id;
  }

  // ── A change of device (GCS §5.4): an active plan moves to a new eSIM; each move is kept.
  await knex.schema.createTable('esim_moves', (t) => {
    t.increments('id');
    t.integer('account_plan_id').notNullable().references('account_plans.id');
    t.integer('from_esim_id').references('esims.id');
    t.integer('to_esim_id').notNullable().references('esims.id');
    t.timestamp('moved_at', { useTz: true }).notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.index(['account_plan_id', 'moved_at']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('esim_moves');
  await knex.schema.alterTable('reviews', (t) => t.dropColumn('published_late'));
  await knex.schema.alterTable('usage_records', (t) => t.dropColumn('charged_mb'));
  await knex.schema.alterTable('transfers', (t) => t.dropColumns('fix_reason_code', 'intended_email', 'fix_override_reason'));
  await knex.schema.alterTable('refunds', (t) => {
    t.dropIndex(['order_id']);
    t.dropColumns('request_facts', 'decision_facts', 'backdate_reason', 'backdate_confirmed_by_staff_id');
  });
  await knex.schema.alterTable('orders', (t) => t.dropColumn('departure_date'));
  await changeChecks(knex, 'account_plans', [{ drop: 'account_plans_gifted_within_remaining' }]);
  await knex.schema.alterTable('account_plans', (t) => t.dropColumn('data_gifted_mb'));
  if (
    await knex('data_ledger')
      .whereIn(
        'kind',
        LEDGER_KINDS.filter((k) => !(LEDGER_KINDS_BEFORE as readonly string[]).includes(k)),
      )
      .first('id')
  ) {
    throw new Error('012 down: the ledger holds entries of kinds added by 012; it cannot go back without losing them');
  }
  await changeChecks(knex, 'data_ledger', [
    { drop: 'data_ledger_gifted_after_within_balance' },
    { drop: 'data_ledger_gifted_within_delta' },
    { drop: 'data_ledger_moves_data' },
    { add: { name: 'data_ledger_delta_nonzero', expression: 'delta_mb <> 0' } },
  ]);
  await setCheckValues(knex, 'data_ledger', 'kind', LEDGER_KINDS_BEFORE);
  await knex.schema.alterTable('data_ledger', (t) => {
    t.dropIndex(['usage_record_id']);
    t.dropColumns('gifted_delta_mb', 'gifted_after_mb');
  });
}

// ── Frozen copies of the calendar rules this migration applied (the live ones may change later).
const paris = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Paris',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});
function parisParts(at: Date): Record<string, number> {
  return Object.fromEntries(
    paris
      .formatToParts(at)
      .filter((p) => p.type !== 'literal')
      .map((p) => [p.type, Number(p.value)]),
  );
}
function parisMidnight(y: number, m: number, d: number): Date {
  const guess = Date.UTC(y, m - 1, d);
  const p = parisParts(new Date(guess));
  const offset = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!) - guess;
  return new Date(guess - offset);
}
/** End of the day with the same date one year later, in Paris; 29 February → 28 February (CPC art. 641). */
function activationDeadline(orderedAt: Date): Date {
  const p = parisParts(orderedAt);
  const y = p.year! + 1;
  const last = new Date(Date.UTC(y, p.month!, 0)).getUTCDate();
  const day = Math.min(p.day!, last);
  return new Date(parisMidnight(y, p.month!, day + 1).getTime() - 1000);
}
function addUtcMonths(d: Date, months: number): Date {
  const r = new Date(d);
  const day = r.getUTCDate();
  r.setUTCDate(1);
  r.setUTCMonth(r.getUTCMonth() + months);
  r.setUTCDate(Math.min(day, new Date(Date.UTC(r.getUTCFullYear(), r.getUTCMonth() + 1, 0)).getUTCDate()));
  return r;
}
