// A local fake of the EU Transparency Database's API (`POST /api/v1/statements`), for the submission
// tests. Written from the database's public source (StatementMultipleAPIController,
// GroupedSubmissionsService, PlatformUniqueIdService, PuidNotUniqueMultipleException) and its API
// documentation; docs/TRUST-SAFETY.md "Submission" lists the shapes we rely on:
// - 401 `{"message": "Unauthenticated."}` for a token it does not know;
// - 422 `{"message", "errors": {"statements": [...]}}` when the array is missing or holds 0 or more than 100;
// - 422 `{"errors": {"statement_<i>": {"<field>": ["..."]}}}` (no message) when statements are invalid: none is stored;
// - 422 `{"message": "The platform identifier(s) are not all unique within this call.", "errors": {"puid": [...],
//   "existing_puids": [...]}}` when a PUID repeats in the call or was already submitted by the platform: none is stored;
// - 201 `{"statements": [{...the statement, uuid, created_at, platform_name, permalink, self}]}`.
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express from 'express';

type Statement = Record<string, unknown>;
export type FieldErrors = Record<string, string[]>;

const REQUIRED = [
  'decision_ground',
  'content_type',
  'category',
  'application_date',
  'decision_facts',
  'source_type',
  'automated_detection',
  'automated_decision',
  'puid',
];
const PUID = /^[a-zA-Z0-9-_]+$/;
const human = (field: string) => field.replace(/_/g, ' ');

/** The database's own checks we reproduce (required fields, the PUID format), plus a rule a test adds. */
function statementErrors(s: Statement, extra: (s: Statement) => FieldErrors | null): FieldErrors {
  const errors: FieldErrors = {};
  for (const f of REQUIRED) if (s[f] == null || s[f] === '') errors[f] = [`The ${human(f)} field is required.`];
  if (typeof s.puid === 'string' && (!PUID.test(s.puid) || s.puid.length > 500)) errors.puid = ['The puid format is invalid.'];
  if (!s.decision_visibility && !s.decision_monetary && !s.decision_provision && !s.decision_account) {
    errors.decision_visibility = [
      'The decision visibility field is required when none of decision monetary / decision provision / decision account are present.',
    ];
  }
  return { ...errors, ...(extra(s) ?? {}) };
}

export interface FakeTdb {
  baseUrl: string;
  token: string;
  /** Every call, in order: the PUIDs it carried and the status it got. */
  calls: { puids: string[]; status: number }[];
  /** PUIDs stored for our platform (unique: the database never stores one twice). */
  stored: Set<string>;
  /** A rule of the database our own check does not know (a test's "schema drift"). */
  refuse: (s: Statement) => FieldErrors | null;
  /** Answer this status (503, 429…) instead of working, while set. */
  down: number | null;
  close: () => Promise<void>;
}

export async function startFakeTdb(token = 'fake-tdb-token'): Promise<FakeTdb> {
  const app = express();
  app.use(express.json({ limit: '5mb' }));
  const fake = { calls: [], stored: new Set<string>(), refuse: () => null, down: null } as unknown as FakeTdb;
  const answer = (res: express.Response, puids: string[], status: number, body: unknown) => {
    fake.calls.push({ puids, status });
    res.status(status).json(body);
  };
  app.post('/api/v1/statements', (req, res) => {
    const statements: unknown = req.body?.statements;
    const puids = Array.isArray(statements) ? statements.map((s) => String((s as Statement)?.puid ?? '')) : [];
    if (req.get('authorization') !== `Bearer ${fake.token}`) return answer(res, puids, 401, { message: 'Unauthenticated.' });
    if (fake.down) return answer(res, puids, fake.down, { message: 'Service Unavailable' });
    if (!Array.isArray(statements) || statements.length < 1 || statements.length > 100) {
      const message = Array.isArray(statements)
        ? 'The statements field must have between 1 and 100 items.'
        : 'The statements field is required.';
      return answer(res, puids, 422, { message, errors: { statements: [message] } });
    }
    const errors: Record<string, FieldErrors> = {};
    statements.forEach((s, i) => {
      const e = statementErrors(s as Statement, fake.refuse);
      if (Object.keys(e).length) errors[`statement_${i}`] = e;
    });
    if (Object.keys(errors).length) return answer(res, puids, 422, { errors });
    const repeated = puids.filter((p, i) => puids.indexOf(p) !== i);
    const existing = [...new Set([...repeated, ...puids.filter((p) => fake.stored.has(p))])];
    if (existing.length) {
      const message = 'The platform identifier(s) are not all unique within this call.';
      return answer(res, puids, 422, { message, errors: { puid: [message], existing_puids: existing } });
    }
    const now = new Date().toISOString().replace('T', ' ').slice(0, 19);
    const out = statements.map((s) => {
      const uuid = randomUUID();
      return {
        ...(s as Statement),
        uuid,
        created_at: now,
        platform_name: 'Kolet',
        permalink: `${fake.baseUrl}/statement/${uuid}`,
        self: `${fake.baseUrl}/api/v1/statement/${uuid}`,
      };
    });
    for (const p of puids) fake.stored.add(p);
    return answer(res, puids, 201, { statements: out });
  });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  fake.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  fake.token = token;
  fake.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return fake;
}
