// The one search (issue 14, docs/SEARCH.md), on the demo data, on both engines: every kind of
// lookup the issue lists, the index kept in step inside the transaction that changes a row, the
// masking of each role, and the lists' `q` matching inner parts through the same indexes.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createApp } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import type { Db } from '../../server/db/connection.ts';
import { containingIds } from '../../server/db/textSearch.ts';
import type { Role } from '../../server/domain/enums.ts';
import { searchTerms } from '../../server/domain/search/searchQuery.ts';
import { createLogger } from '../../server/logger.ts';
import { ensureDefaultSettings } from '../../server/settings.ts';
import { DEMO_PASSWORD, seedDemo } from '../../seeds/demo/index.ts';
import { createTestDatabase } from '../support/db.ts';
import { sessionFetch, type SessionFetch } from '../support/server.ts';

type Result = {
  kind: string;
  id: number;
  title: string;
  detail: string | null;
  status: string | null;
  accountId: number | null;
  matchedBy: string;
  rank: number;
};
type Group = { kind: string; results: Result[] };

let s: { db: Db; drop: () => Promise<void>; server?: Server };
const as = {} as Record<Role, SessionFetch>;
const SOPHIE_PHONE = '+33625069571';
let sophie: { id: number; email: string };

beforeAll(async () => {
  const { db, drop } = await createTestDatabase();
  s = { db, drop };
  await seedDemo(db, { now: new Date() });
  await ensureDefaultSettings(db);
  const app = createApp(db, { ...loadConfig({ NODE_ENV: 'test' }), logLevel: 'silent' }, createLogger('silent'));
  const server: Server = await new Promise((resolve) => {
    const l = app.listen(0, '127.0.0.1', () => resolve(l));
  });
  s.server = server;
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  for (const role of ['support', 'finance', 'moderator', 'catalog'] as Role[]) {
    const res = await fetch(`${baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-kolet-csrf': '1' },
      body: JSON.stringify({ email: `${role}@kolet.demo`, password: DEMO_PASSWORD }),
    });
    if (res.status !== 200) throw new Error(`login ${role}: ${res.status} ${await res.text()}`);
    as[role] = sessionFetch(baseUrl, res.headers.get('set-cookie')!.split(';')[0]!);
  }
  sophie = await s.db('accounts').where({ email: 'sophie.bernard@outlook.fr' }).first('id', 'email');
  // Her number as stored (E.164); the demo draws phones at random.
  await s.db('accounts').where({ id: sophie.id }).update({ phone: SOPHIE_PHONE });
}, 120_000);

afterAll(async () => {
  await new Promise<void>((r) => (s?.server ? s.server.close(() => r()) : r()));
  await s?.drop();
});

async function search(role: Role, q: string): Promise<Group[]> {
  const res = await as[role](`/api/search?q=${encodeURIComponent(q)}`);
  expect(res.status, await res.clone().text()).toBe(200);
  return ((await res.json()) as { groups: Group[] }).groups;
}
const group = (groups: Group[], kind: string) => groups.find((g) => g.kind === kind)?.results ?? [];
const customerIds = (groups: Group[]) => group(groups, 'customer').map((r) => r.id);

describe('GET /api/search as support', () => {
  test('a name, in any order, case or accents', async () => {
    for (const q of ['Sophie Bernard', 'bernard sophie', 'SOPHIE BÉRNARD']) {
      const first = group(await search('support', q), 'customer')[0];
      expect(first, q).toMatchObject({ id: sophie.id, matchedBy: 'customer_name' });
    }
    // Léa Fontaine is stored with her accent; typed without it, she is found.
    const lea = await s.db('accounts').where({ email: 'lea.fontaine@gmail.com' }).first('id');
    expect(customerIds(await search('support', 'lea fontaine'))).toContain(lea.id);
  });

  test('a phone number as people say it, national or international', async () => {
    for (const q of ['06 25 06 95 71', '+33 6 25 06 95 71', '0625069571', '0033 6 25 06 95 71']) {
      const first = group(await search('support', q), 'customer')[0];
      expect(first, q).toMatchObject({ id: sophie.id, matchedBy: 'customer_phone', rank: 0 });
      expect(first!.detail).toContain(SOPHIE_PHONE);
    }
  });

  test('an inner part of an e-mail', async () => {
    const found = group(await search('support', 'bernard@outl'), 'customer');
    expect(found.map((r) => r.id)).toContain(sophie.id);
    expect(found.find((r) => r.id === sophie.id)!.matchedBy).toBe('customer_email_part');
  });

  test('the mistyped recipient of a pending transfer finds the transfer, first', async () => {
    const groups = await search('support', 'julien.moreau@gmial.com');
    expect(groups[0]!.kind).toBe('transfer');
    const pending = await s.db('transfers').where({ recipient_email: 'julien.moreau@gmial.com', status: 'pending' }).first('id');
    expect(groups[0]!.results[0]).toMatchObject({
      id: pending.id,
      status: 'pending',
      rank: 0,
      accountId: sophie.id,
      title: 'julien.moreau@gmial.com',
    });
  });

  test('the last digits of an ICCID (4 or more), and the whole ICCID first', async () => {
    const esim = await s.db('esims').orderBy('id').first('id', 'iccid', 'account_id');
    for (const n of [4, 6, 10]) {
      const found = group(await search('support', esim.iccid.slice(-n)), 'esim');
      expect(
        found.map((r) => r.id),
        `last ${n}`,
      ).toContain(esim.id);
      for (const r of found) expect(r.title.endsWith(esim.iccid.slice(-n))).toBe(true);
    }
    expect(group(await search('support', esim.iccid), 'esim')[0]).toMatchObject({ id: esim.id, rank: 0, accountId: esim.account_id });
  });

  test('an order by number and by payment reference; a referral code', async () => {
    const order = await s.db('orders').orderBy('id', 'desc').first('id', 'payment_reference', 'account_id');
    expect(group(await search('support', `#${order.id}`), 'order')[0]).toMatchObject({ id: order.id, rank: 0 });
    expect(group(await search('support', order.payment_reference), 'order')[0]).toMatchObject({ id: order.id, rank: 0 });
    const account = await s.db('accounts').where({ id: sophie.id }).first('referral_code');
    expect(group(await search('support', account.referral_code.toLowerCase()), 'customer')[0]).toMatchObject({
      id: sophie.id,
      matchedBy: 'customer_referral_code',
    });
  });

  test('a query shorter than 2 characters is refused, naming the rule', async () => {
    const res = await as.support('/api/search?q=a');
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('at least 2 characters');
  });
});

describe('masking: what a role cannot see, it cannot search', () => {
  test('a moderator never finds a customer by phone, name or a part of an e-mail; by the whole e-mail, masked', async () => {
    for (const q of ['06 25 06 95 71', '+33 6 25 06 95 71', 'Sophie Bernard', 'bernard@outl'])
      expect(customerIds(await search('moderator', q)), q).not.toContain(sophie.id);
    const whole = group(await search('moderator', sophie.email), 'customer')[0]!;
    expect(whole).toMatchObject({ id: sophie.id, title: 's•••@outlook.fr', detail: null });
  });

  test('finance finds a customer by the whole phone number (it sees it masked), and sees it masked', async () => {
    const first = group(await search('finance', '06 25 06 95 71'), 'customer')[0]!;
    expect(first.id).toBe(sophie.id);
    expect(first.detail).not.toContain(SOPHIE_PHONE);
    expect(first.detail).toMatch(/•/);
  });

  test('each role sees only the kinds of record it reads', async () => {
    const notice = await s.db('dsa_notices').orderBy('id').first('reference');
    expect((await search('support', notice.reference)).map((g) => g.kind)).not.toContain('dsa_notice');
    expect((await search('moderator', 'julien.moreau@gmial.com')).map((g) => g.kind)).not.toContain('transfer');
    expect(await search('catalog', 'Sophie Bernard')).toEqual([]);
  });
});

describe('DSA notices by reference', () => {
  test('a moderator finds a notice by its whole reference or any part of it', async () => {
    const notice = await s.db('dsa_notices').orderBy('id', 'desc').first('id', 'reference');
    const tail = notice.reference.slice(-6);
    expect(group(await search('moderator', notice.reference), 'dsa_notice')[0]).toMatchObject({ id: notice.id, rank: 0 });
    expect(group(await search('moderator', tail.toLowerCase()), 'dsa_notice').map((r) => r.id)).toContain(notice.id);
    const list = await as.moderator(`/api/dsa-notices?filter=${encodeURIComponent(JSON.stringify({ q: tail }))}&range=[0,24]`);
    expect(((await list.json()) as { id: number }[]).map((r) => r.id)).toContain(notice.id);
  });
});

describe('the index is kept in step with the data', () => {
  test('a renamed customer is found by the new name inside the same transaction, and no longer by the old one after it', async () => {
    const id = sophie.id;
    await s.db.transaction(async (trx) => {
      await trx('accounts').where({ id }).update({ name: 'Zéphyrine Quatremare', email: 'zephyrine.q@exemple.fr' });
      expect(await containingIds(trx, 'accounts', ['name'], searchTerms('zephyrine quatremare'), 5)).toEqual([id]);
      expect(await containingIds(trx, 'accounts', ['email'], searchTerms('sophie.bernard@outl'), 5)).toEqual([]);
    });
    expect(customerIds(await search('support', 'Zephyrine'))).toEqual([id]);
    expect(customerIds(await search('support', 'Sophie Bernard'))).not.toContain(id);
    // A rolled-back change leaves the index as it was.
    await s.db
      .transaction(async (trx) => {
        await trx('accounts').where({ id }).update({ name: 'Annulé Rollback' });
        throw new Error('undo');
      })
      .catch(() => undefined);
    expect(customerIds(await search('support', 'Rollback Annule'))).toEqual([]);
    expect(customerIds(await search('support', 'Zephyrine'))).toEqual([id]);
    await s.db('accounts').where({ id }).update({ name: 'Sophie Bernard', email: sophie.email });
    expect(customerIds(await search('support', 'Sophie Bernard'))).toContain(id);
  });

  test('a new transfer is found at once by its recipient', async () => {
    const plan = await s.db('transfers').orderBy('id').first('sender_account_id', 'source_account_plan_id');
    const now = new Date().toISOString();
    const [row] = await s
      .db('transfers')
      .insert({
        sender_account_id: plan.sender_account_id,
        source_account_plan_id: plan.source_account_plan_id,
        recipient_email: 'nouveau.destinataire@exemple.fr',
        amount_gb: 1,
        amount_mb: 1024,
        status: 'pending',
        created_at: now,
        updated_at: now,
        version: 1,
      })
      .returning('id');
    const id = Number(typeof row === 'object' ? row.id : row);
    expect(group(await search('support', 'destinataire@exem'), 'transfer').map((r) => r.id)).toEqual([id]);
  });
});

describe('list searches match inner parts', () => {
  const list = async (who: SessionFetch, resource: string, q: string) => {
    const res = await who(`/api/${resource}?filter=${encodeURIComponent(JSON.stringify({ q }))}&range=[0,99]`);
    expect(res.status, await res.clone().text()).toBe(200);
    return (await res.json()) as Record<string, unknown>[];
  };
  test('accounts by a name, a part of the e-mail, a phone; transfers by a mistyped domain', async () => {
    for (const q of ['bernard@outl', 'Bernard Sophie', '06 25 06 95 71'])
      expect(
        (await list(as.support, 'accounts', q)).map((r) => r.id),
        q,
      ).toContain(sophie.id);
    const typo = await list(as.support, 'transfers', 'gmial');
    expect(typo.length).toBeGreaterThan(0);
    for (const t of typo) expect(String(t.recipientEmail)).toContain('gmial');
  });
  test('a moderator may not search the accounts list by text (it enumerates e-mails)', async () => {
    const res = await as.moderator(`/api/accounts?filter=${encodeURIComponent(JSON.stringify({ q: 'bernard' }))}`);
    expect(res.status).toBe(400);
  });
});

describe('folding (case and accents), on both engines', () => {
  test('an accented name is found without its accents and in any case, and a plain one too', async () => {
    const [accented] = (await s
      .db('accounts')
      .insert({
        ...(await s.db('accounts').where({ id: sophie.id }).first()),
        id: undefined,
        email: 'elodie.fold@example.org',
        name: 'Élodie Çağlar-Müller',
        referral_code: 'FOLDTEST1',
        phone: null,
      })
      .returning('id')) as { id: number }[];
    const plain = (await s
      .db('accounts')
      .insert({
        ...(await s.db('accounts').where({ id: sophie.id }).first()),
        id: undefined,
        email: 'plain.fold@example.org',
        name: 'PLAIN Folder',
        referral_code: 'FOLDTEST2',
        phone: null,
      })
      .returning('id')) as { id: number }[];
    const found = async (q: string) =>
      ((await (await as.support(`/api/accounts?filter=${encodeURIComponent(JSON.stringify({ q }))}`)).json()) as { id: number }[]).map(
        (r) => r.id,
      );
    for (const q of ['elodie', 'ÉLODIE', 'caglar', 'müller', 'MULLER', 'ÉlOdIe çAğ']) expect(await found(q), q).toContain(accented!.id);
    for (const q of ['plain fold', 'FOLDER', 'plain.fold@EXAMPLE']) expect(await found(q), q).toContain(plain[0]!.id);
  });
});
