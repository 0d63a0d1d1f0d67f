import type { ErrorRequestHandler } from 'express';
import { ZodError } from 'zod';

/** An error the API answers as `{message, code, errors}` (docs/PRODUCT.md §3). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly errors?: Record<string, string>,
  ) {
    super(message);
  }
}

export const badRequest = (code: string, message: string, errors?: Record<string, string>) => new ApiError(400, code, message, errors);
export const unauthorized = (message = 'Authentication required') => new ApiError(401, 'unauthenticated', message);
export const forbidden = (message = 'Your role does not allow this') => new ApiError(403, 'forbidden', message);
export const notFound = (message = 'Not found') => new ApiError(404, 'not_found', message);
export const methodNotAllowed = (message: string) => new ApiError(405, 'method_not_allowed', message);
export const conflict = (code: string, message: string) => new ApiError(409, code, message);
/** A business rule refused the change; `code` names the rule. */
export const ruleRefused = (code: string, message: string, errors?: Record<string, string>) => new ApiError(422, code, message, errors);

/** zod issues → `{ "field.path": "message" }`. */
export function zodFieldErrors(error: ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join('.') : issue.code === 'unrecognized_keys' ? issue.keys.join(',') : '_';
    errors[key] ??= issue.message;
  }
  return errors;
}

export function fromZod(error: ZodError, what = 'body'): ApiError {
  const errors = zodFieldErrors(error);
  const fields = Object.keys(errors).join(', ');
  return badRequest('invalid_input', `Invalid ${what}: ${fields}`, errors);
}

interface DbError {
  code?: string;
  errno?: number;
  message?: string;
  constraint?: string;
}

/** Database constraint violations are conflicts or refused rules, never a 500 with SQL in it. */
function fromDatabase(err: DbError): ApiError | undefined {
  const message = err.message ?? '';
  if (err.code === '23505' || /UNIQUE constraint failed/.test(message))
    return conflict('duplicate', 'A record with the same unique value already exists');
  if (err.code === '23503' || /FOREIGN KEY constraint failed/.test(message))
    return conflict('referenced', 'The record is referenced by other records, or references one that does not exist');
  if (err.code === '23514' || /CHECK constraint failed/.test(message))
    return ruleRefused(
      'constraint_violated',
      `A data rule was refused: ${err.constraint ?? message.replace(/^.*CHECK constraint failed: /, '')}`,
    );
  if (/append-only/.test(message)) return methodNotAllowed('This record is append-only');
  // PostgreSQL "data exception" (SQLSTATE class 22: out-of-range number or date, NUL in text, …): the input was bad.
  if (typeof err.code === 'string' && /^22[0-9A-Z]{3}$/.test(err.code))
    return badRequest('invalid_value', 'A value is out of range or malformed');
  return undefined;
}

interface HttpError {
  status?: number;
  statusCode?: number;
  expose?: boolean;
  type?: string;
  code?: string;
  message?: string;
}

/**
 * A client error raised by Express's own middleware (http-errors: body-parser, serve-static):
 * its 4xx status, never a 500. A body whose Content-Encoding does not decode (zlib's `Z_…`
 * codes, `Content-Encoding: gzip` on a body that is not gzip) is 400 `undecodable_body`; a
 * static file that is missing or outside its folder (`..%2f`) is 404.
 */
function fromHttpError(err: HttpError | undefined): ApiError | undefined {
  const status = err?.status ?? err?.statusCode;
  if (typeof status !== 'number' || status < 400 || status >= 500) return undefined;
  if (typeof err?.code === 'string' && err.code.startsWith('Z_'))
    return badRequest('undecodable_body', 'The request body could not be decoded with its Content-Encoding');
  if (err?.type === 'encoding.unsupported' || err?.type === 'charset.unsupported')
    return new ApiError(415, 'unsupported_encoding', err.message ?? 'Unsupported encoding');
  // serve-static: ENOENT (404, not exposed: its message names our folders) or a path leaving its folder (403).
  if ((status === 404 || status === 403) && !err?.type) return notFound('No such file');
  return new ApiError(status, 'bad_request', err?.expose === false ? 'Bad request' : (err?.message ?? 'Bad request'));
}

export const errorHandler: ErrorRequestHandler = (err, req, res, _next) => {
  let apiError: ApiError | undefined;
  if (err instanceof ApiError) apiError = err;
  else if (err instanceof ZodError) apiError = fromZod(err);
  else if (err?.type === 'entity.too.large') apiError = new ApiError(413, 'body_too_large', `The request body exceeds ${err.limit} bytes`);
  else if (err?.type === 'entity.parse.failed') apiError = badRequest('malformed_json', 'The request body is not valid JSON');
  else apiError = fromHttpError(err) ?? fromDatabase(err as DbError);

  if (!apiError) {
    req.log?.error({ err }, 'unhandled error');
    apiError = new ApiError(500, 'internal_error', `Something went wrong on our side (request ${String(req.id ?? '')})`);
  }
  res.status(apiError.status).json({
    message: apiError.message,
    code: apiError.code,
    ...(apiError.errors ? { errors: apiError.errors } : {}),
  });
};
