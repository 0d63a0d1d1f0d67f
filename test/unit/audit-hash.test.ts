// entryHash (server/audit/auditLog.ts): every hashed field of an audit entry, and the
// previous entry's hash, change the hash, so that any edit breaks the chain.
import { describe, expect, test } from 'vitest';
import { GENESIS_HASH, changedFields, entryHash } from '../../server/audit/auditLog.ts';

// The fields an entry's hash must cover (docs/RULES.md "Audit log": actor, role, action, entity,
// id, before/after, reason, request id, IP, time), written out here independently.
const ENTRY = {
  at: '2024-03-01T10:00:00.000Z',
  actor_kind: 'staff',
  actor_id: 12,
  actor_email: 'agent@kolet.test',
  actor_roles: '["support"]',
  action: 'transfers.reverse',
  entity: 'transfers',
  entity_id: '345',
  before: '{"status":"delivered"}',
  after: '{"status":"reversed"}',
  reason: 'typo in the address',
  outcome: 'success',
  request_id: 'req-0001-abcdef',
  idempotency_key: 'idem-0001-abcdef',
  ip: '203.0.113.7',
  user_agent: 'Mozilla/5.0',
} as const;
type Entry = Record<keyof typeof ENTRY, string | number | null>;

const base = entryHash(GENESIS_HASH, { ...ENTRY });

describe('entryHash', () => {
  test('is a deterministic SHA-256 hex digest', () => {
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    expect(entryHash(GENESIS_HASH, { ...ENTRY })).toBe(base);
  });

  test('does not depend on the order of the keys or on extra columns', () => {
    const reversed = Object.fromEntries(Object.entries(ENTRY).reverse()) as Entry;
    expect(entryHash(GENESIS_HASH, reversed)).toBe(base);
    expect(entryHash(GENESIS_HASH, { ...ENTRY, id: 99, hash: 'x', prev_hash: 'y' } as Entry)).toBe(base);
  });

  test("changes with the previous entry's hash", () => {
    expect(entryHash('f'.repeat(64), { ...ENTRY })).not.toBe(base);
    expect(entryHash(`${GENESIS_HASH.slice(1)}1`, { ...ENTRY })).not.toBe(base);
  });

  test.each(Object.keys(ENTRY) as (keyof typeof ENTRY)[])('changes when %s changes', (field) => {
    const original = ENTRY[field];
    const altered = typeof original === 'number' ? original + 1 : `${original}x`;
    expect(entryHash(GENESIS_HASH, { ...ENTRY, [field]: altered })).not.toBe(base);
    expect(entryHash(GENESIS_HASH, { ...ENTRY, [field]: null })).not.toBe(base);
  });

  test('tells a number from its text and null from the text "null"', () => {
    expect(entryHash(GENESIS_HASH, { ...ENTRY, actor_id: '12' })).not.toBe(base);
    expect(entryHash(GENESIS_HASH, { ...ENTRY, reason: null })).not.toBe(entryHash(GENESIS_HASH, { ...ENTRY, reason: 'null' }));
  });

  test('cannot be fooled by moving text from one field to the next', () => {
    const a = entryHash(GENESIS_HASH, { ...ENTRY, action: 'ab', entity: 'c' });
    const b = entryHash(GENESIS_HASH, { ...ENTRY, action: 'a', entity: 'bc' });
    expect(a).not.toBe(b);
  });

  test('a missing field hashes like null', () => {
    const { user_agent: _drop, ...rest } = ENTRY;
    expect(entryHash(GENESIS_HASH, rest as Entry)).toBe(entryHash(GENESIS_HASH, { ...ENTRY, user_agent: null }));
  });
});

describe('changedFields', () => {
  test('keeps only the fields whose value changed, ignoring updatedAt and version', () => {
    const before = { id: 1, name: 'Spain', available: true, operators: ['A'], updatedAt: 't1', version: 1 };
    const after = { id: 1, name: 'España', available: true, operators: ['A', 'B'], updatedAt: 't2', version: 2 };
    expect(changedFields(before, after)).toEqual({
      before: { name: 'Spain', operators: ['A'] },
      after: { name: 'España', operators: ['A', 'B'] },
    });
  });

  test('a field that appears is recorded with a null before', () => {
    expect(changedFields({ a: 1 }, { a: 1, password: '[redacted]' })).toEqual({
      before: { password: null },
      after: { password: '[redacted]' },
    });
  });
});
