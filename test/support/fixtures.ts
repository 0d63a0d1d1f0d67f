import type { Knex } from 'knex';

// Rows inserted straight into the database, for tests that need data the API cannot create.

const stamp = (now = new Date()) => ({ created_at: now.toISOString(), updated_at: now.toISOString(), version: 1 });

async function insertId(db: Knex, table: string, row: Record<string, unknown>): Promise<number> {
  const [inserted] = await db(table).insert(row, ['id']);
  return typeof inserted === 'object' ? (inserted as { id: number }).id : (inserted as number);
}

export async function insertCountry(db: Knex, code: string, over: Record<string, unknown> = {}): Promise<string> {
  await db('countries').insert({ code, name: `Country ${code}`, region: 'Europe', available: true, operators: '[]', ...stamp(), ...over });
  return code;
}

export async function insertPlan(db: Knex, over: Record<string, unknown> = {}): Promise<number> {
  return insertId(db, 'plans', {
    country_code: null,
    region_name: 'Europe',
    name: 'Plan',
    data_mb: 1024,
    validity_days: 30,
    price_cents: 1000,
    vat_rate_bp: 2000,
    status: 'active',
    promotional: false,
    ...stamp(),
    ...over,
  });
}

let accountSeq = 0;
export async function insertAccount(db: Knex, over: Record<string, unknown> = {}): Promise<number> {
  accountSeq++;
  return insertId(db, 'accounts', {
    email: `customer${accountSeq}-${Date.now()}@example.com`,
    status: 'active',
    locale: 'fr',
    referral_code: `REF${accountSeq}X${Date.now() % 100000}`,
    data_blocked: false,
    ...stamp(),
    ...over,
  });
}

export async function insertAccountPlan(db: Knex, accountId: number, over: Record<string, unknown> = {}): Promise<number> {
  return insertId(db, 'account_plans', {
    account_id: accountId,
    name: 'Europe 5 GB',
    origin: 'paid',
    data_total_mb: 5120,
    data_used_mb: 0,
    data_remaining_mb: 5120,
    unlimited: false,
    status: 'active',
    validity_days: 30,
    ordered_at: new Date().toISOString(),
    data_blocked: false,
    ...stamp(),
    ...over,
  });
}

export async function insertMessage(db: Knex, over: Record<string, unknown> = {}): Promise<number> {
  return insertId(db, 'messages', {
    channel: 'email',
    to_address: 'someone@example.com',
    template: 'test',
    subject: 'Hello',
    body: 'Body',
    locale: 'fr',
    status: 'dead',
    attempts: 5,
    next_attempt_at: new Date().toISOString(),
    last_error: 'connect ECONNREFUSED',
    ...stamp(),
    ...over,
  });
}

export async function countRows(db: Knex, table: string, where: Record<string, unknown> = {}): Promise<number> {
  const row = await db(table).where(where).count({ n: '*' }).first();
  return Number((row as { n: number | string }).n);
}
