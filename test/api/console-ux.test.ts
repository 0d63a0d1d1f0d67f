// Issue 14's API side of the daily console: the names-only staff directory every role reads, and the
// audit log's free-text search (a reason's word, a record's id, a request id).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { appendAudit } from '../../server/audit/auditLog.ts';
import { SYSTEM } from '../../server/domain/actor.ts';
import { startTestServer } from '../support/server.ts';

type Server = Awaited<ReturnType<typeof startTestServer>>;
let server: Server;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

describe('the staff directory', () => {
  test('every role reads names and ids only; a renamed colleague reads under the new name', async () => {
    for (const role of ['support', 'finance', 'moderator', 'catalog', 'admin'] as const) {
      const session = await server.login(role);
      const res = await session('/api/staff-directory');
      expect(res.status).toBe(200);
      const body = (await res.json()) as Record<string, unknown>[];
      expect(body.length).toBe(5);
      for (const entry of body) expect(Object.keys(entry).sort()).toEqual(['id', 'name']);
    }
    const support = await server.login('support');
    const before = (await (await support('/api/staff-directory')).json()) as { id: number; name: string }[];
    const moderator = before.find((s) => s.name === 'moderator tester')!;
    await server.db('staff').where({ id: moderator.id }).update({ name: 'Marie Curie' });
    const after = (await (await support('/api/staff-directory')).json()) as { id: number; name: string }[];
    expect(after.find((s) => s.id === moderator.id)!.name).toBe('Marie Curie');
  });

  test('without a session: 401', async () => {
    const res = await fetch(`${server.baseUrl}/api/staff-directory`, { headers: { 'x-kolet-csrf': '1' } });
    expect(res.status).toBe(401);
  });
});

describe('the audit log search', () => {
  test('finds an entry by a word inside its reason, by its record id and by its request id; nothing for a word no entry holds', async () => {
    const admin = await server.login('admin');
    const res = await admin('/api/settings/session_idle_minutes', { method: 'PUT', body: JSON.stringify({ version: 1, value: 45 }) });
    expect(res.status, await res.clone().text()).toBe(200);
    const requestId = res.headers.get('x-request-id')!;
    const [edit] = await server.db('audit_log').where({ request_id: requestId });
    expect(edit).toBeTruthy();

    const search = async (q: string) =>
      ((await (await admin(`/api/audit-log?filter=${encodeURIComponent(JSON.stringify({ q }))}`)).json()) as { id: number }[]).map(
        (e) => e.id,
      );
    expect(await search(requestId)).toEqual([edit.id]);
    expect(await search('session_idle_minutes')).toContain(edit.id);
    expect(await search('chargeback')).toEqual([]);

    // A new entry whose reason holds the word: found by it, in any case, and by its record's id.
    const id = await server.db.transaction((trx) =>
      appendAudit(trx, {
        actor: SYSTEM,
        action: 'accounts.block',
        entity: 'accounts',
        entityId: '987654',
        reason: 'Suspected Chargeback fraud',
        at: new Date(),
      }),
    );
    expect(await search('chargeback')).toEqual([id]);
    expect(await search('987654')).toEqual([id]);
  });
});
