// The API's error handler (server/http/errors.ts): every error becomes {message, code,
// errors?} with the right status, database errors included, and never a stack or SQL.
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { ApiError, errorHandler } from '../../server/http/errors.ts';

function handle(err: unknown): { status: number; body: Record<string, unknown> } {
  const out = { status: 0, body: {} as Record<string, unknown> };
  const res = {
    status(code: number) {
      out.status = code;
      return this;
    },
    json(body: Record<string, unknown>) {
      out.body = body;
      return this;
    },
  };
  const req = { id: 'req-1', log: { error: () => {} } };
  errorHandler(err, req as never, res as never, () => {});
  return out;
}

describe('errorHandler', () => {
  test('answers an ApiError as it is', () => {
    expect(handle(new ApiError(422, 'insufficient_data', 'Not enough data', { amountGb: 'too large' }))).toEqual({
      status: 422,
      body: { message: 'Not enough data', code: 'insufficient_data', errors: { amountGb: 'too large' } },
    });
    expect(handle(new ApiError(404, 'not_found', 'Nope')).body).toEqual({ message: 'Nope', code: 'not_found' });
  });

  test('answers a ZodError with 400 naming each field', () => {
    const parsed = z.strictObject({ a: z.number(), b: z.object({ c: z.string() }) }).safeParse({ a: 'x', b: { c: 1 }, extra: true });
    const { status, body } = handle(parsed.error);
    expect(status).toBe(400);
    expect(body.code).toBe('invalid_input');
    expect(Object.keys(body.errors as object).sort()).toEqual(['a', 'b.c', 'extra']);
  });

  test('answers body-parser errors: 413 for a large body, 400 for malformed JSON', () => {
    expect(handle({ type: 'entity.too.large', status: 413, limit: 102400 })).toMatchObject({
      status: 413,
      body: { code: 'body_too_large' },
    });
    expect(handle({ type: 'entity.parse.failed', status: 400, message: 'Unexpected token } in JSON at position 7' })).toEqual({
      status: 400,
      body: { code: 'malformed_json', message: 'The request body is not valid JSON' },
    });
  });

  test.each([
    [
      'a PostgreSQL unique violation',
      { code: '23505', message: 'duplicate key value violates unique constraint "plans_pkey"' },
      409,
      'duplicate',
    ],
    [
      'a SQLite unique violation',
      { code: 'SQLITE_CONSTRAINT', message: 'insert into `countries` … - SQLITE_CONSTRAINT: UNIQUE constraint failed: countries.code' },
      409,
      'duplicate',
    ],
    [
      'a PostgreSQL foreign key violation',
      { code: '23503', message: 'insert or update on table "plans" violates foreign key constraint' },
      409,
      'referenced',
    ],
    ['a SQLite foreign key violation', { message: 'SQLITE_CONSTRAINT: FOREIGN KEY constraint failed' }, 409, 'referenced'],
    [
      'a PostgreSQL check violation',
      { code: '23514', constraint: 'plans_validity_positive', message: 'new row violates check constraint' },
      422,
      'constraint_violated',
    ],
    ['an append-only trigger', { message: 'audit_log is append-only: UPDATE refused' }, 405, 'method_not_allowed'],
    [
      'a PostgreSQL integer out of range',
      { code: '22003', message: 'value "99999999999" is out of range for type integer' },
      400,
      'invalid_value',
    ],
    ['a PostgreSQL NUL in text', { code: '22021', message: 'invalid byte sequence for encoding "UTF8": 0x00' }, 400, 'invalid_value'],
    ['a PostgreSQL bad date', { code: '22008', message: 'date/time field value out of range: "2024-02-30"' }, 400, 'invalid_value'],
  ])('answers %s without SQL', (_what, err, status, code) => {
    const out = handle(err);
    expect(out.status).toBe(status);
    expect(out.body.code).toBe(code);
    expect(JSON.stringify(out.body)).not.toMatch(/insert into|SQLITE|UTF8|violates|out of range for type/i);
  });

  test('answers anything else with 500, the request id and nothing of the error', () => {
    const err = new Error('connect ECONNREFUSED 10.0.0.5:5432 password=hunter2');
    const { status, body } = handle(err);
    expect(status).toBe(500);
    expect(body).toEqual({ code: 'internal_error', message: expect.stringContaining('req-1') });
    expect(JSON.stringify(body)).not.toMatch(/ECONNREFUSED|hunter2|at /);
  });
});
