// Submitting statements of reasons to the EU Transparency Database (DSA Art. 24(5)): what its
// answers mean, what becomes of each statement of a batch, and what is sent for one statement.
// docs/TRUST-SAFETY.md "Submission to the Transparency Database".
import { toTdb } from './statement.ts';
import type { TdbStatement } from './tdbValidator.ts';

/** The database takes 1 to 100 statements per `POST /api/v1/statements`. */
export const TDB_BATCH_SIZE = 100;

/** Field → messages, as the database names them (`{"puid": ["The puid format is invalid."]}`). */
export type FieldErrors = Record<string, string[]>;

export type TdbAnswer =
  /** 201: every statement of the batch is stored; each comes back with the database's uuid. */
  | { kind: 'created'; httpStatus: number; statements: { puid: string; uuid: string | null; permalink: string | null }[] }
  /** 422 (or 413): nothing of the batch is stored; `existingPuids` are PUIDs the platform had already submitted. */
  | { kind: 'invalid'; httpStatus: number; message: string; errors: Record<string, unknown>; existingPuids: string[] }
  /** Anything else (401 token, 429, 5xx, no answer): nothing is stored, try again later. */
  | { kind: 'failed'; httpStatus: number | null; message: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : null);

/** Reads the database's answer (its error shapes: Laravel's `{message, errors}`, keyed `statement_<i>` for a batch). */
export function readAnswer(httpStatus: number, body: unknown): TdbAnswer {
  const b = isObject(body) ? body : {};
  if (httpStatus === 201) {
    const statements = (Array.isArray(b.statements) ? b.statements : [])
      .filter(isObject)
      .map((s) => ({ puid: String(s.puid ?? ''), uuid: text(s.uuid), permalink: text(s.permalink) }));
    return { kind: 'created', httpStatus, statements };
  }
  if (httpStatus === 422 || httpStatus === 413) {
    const errors = isObject(b.errors) ? b.errors : {};
    const existing = [
      ...(Array.isArray(errors.existing_puids) ? errors.existing_puids : []),
      ...(isObject(b.existing) && b.existing.puid != null ? [b.existing.puid] : []),
    ].map(String);
    const message = text(b.message) ?? (httpStatus === 413 ? 'The batch is too large for the database' : 'The database refused the batch');
    return { kind: 'invalid', httpStatus, message, errors, existingPuids: [...new Set(existing)] };
  }
  const why: Record<number, string> = {
    401: 'The database refused our token (401): check TDB_API_TOKEN',
    403: 'Our account may not create statements (403)',
    429: 'Too many requests (429)',
  };
  const message = why[httpStatus] ?? `The database answered ${httpStatus}${text(b.message) ? `: ${text(b.message)}` : ''}`;
  return { kind: 'failed', httpStatus, message };
}

const messages = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : v == null ? [] : [String(v)]);

/** What the database said about the statement at `position` of a batch of `size`, or null when it named none. */
export function errorsAt(answer: Extract<TdbAnswer, { kind: 'invalid' }>, position: number, size: number): FieldErrors | null {
  const own = answer.errors[`statement_${position}`];
  if (isObject(own)) return Object.fromEntries(Object.entries(own).map(([k, v]) => [k, messages(v)]));
  // A batch of one: errors not keyed by statement (a PUID already submitted, the `statements` array itself) are its own.
  if (size === 1) {
    const general = Object.entries(answer.errors).filter(([k]) => !k.startsWith('statement_') && k !== 'existing_puids');
    if (general.length) return Object.fromEntries(general.map(([k, v]) => [k, messages(v)]));
  }
  return null;
}

export type ItemOutcome = 'accepted' | 'duplicate' | 'refused' | 'split' | 'requeued' | 'failed';

export interface ItemPlan {
  position: number;
  outcome: ItemOutcome;
  errors: FieldErrors | null;
  uuid: string | null;
  permalink: string | null;
}

export interface BatchPlan {
  batchStatus: 'accepted' | 'refused' | 'failed';
  items: ItemPlan[];
  /** Groups of positions to send again at once, each as a batch of its own (the halves of a refused batch). */
  resend: number[][];
  /** The database cannot be reached or refuses us: stop this run; the statements wait for their backoff. */
  stop: boolean;
}

/**
 * What becomes of each statement of a batch once the database has answered:
 * - 201: all accepted;
 * - 422 naming PUIDs already submitted: those are in the database already (accepted as duplicates, never
 *   sent again); the others, refused only because of them, go again at once;
 * - any other 422: a batch of one is refused with the fields the database named; a larger batch is
 *   split in two halves sent at once, so one bad statement holds back only itself (bisection);
 * - anything else: nothing was stored, every statement waits for its backoff.
 */
export function planAfterAnswer(puids: readonly string[], answer: TdbAnswer): BatchPlan {
  const item = (
    position: number,
    outcome: ItemOutcome,
    errors: FieldErrors | null = null,
    uuid: string | null = null,
    permalink: string | null = null,
  ): ItemPlan => ({ position, outcome, errors, uuid, permalink });
  const positions = puids.map((_, i) => i);
  if (answer.kind === 'created') {
    const byPuid = new Map(answer.statements.map((s) => [s.puid, s]));
    return {
      batchStatus: 'accepted',
      items: positions.map((i) => item(i, 'accepted', null, byPuid.get(puids[i]!)?.uuid ?? null, byPuid.get(puids[i]!)?.permalink ?? null)),
      resend: [],
      stop: false,
    };
  }
  if (answer.kind === 'failed') return { batchStatus: 'failed', items: positions.map((i) => item(i, 'failed')), resend: [], stop: true };
  const existing = new Set(answer.existingPuids);
  const duplicates = positions.filter((i) => existing.has(puids[i]!));
  if (duplicates.length) {
    const others = positions.filter((i) => !existing.has(puids[i]!));
    return {
      batchStatus: 'refused',
      items: positions.map((i) => (existing.has(puids[i]!) ? item(i, 'duplicate') : item(i, 'requeued'))),
      resend: others.length ? [others] : [],
      stop: false,
    };
  }
  if (puids.length === 1) {
    return {
      batchStatus: 'refused',
      items: [item(0, 'refused', errorsAt(answer, 0, 1) ?? { statement: [answer.message] })],
      resend: [],
      stop: false,
    };
  }
  const half = Math.ceil(puids.length / 2);
  return {
    batchStatus: 'refused',
    items: positions.map((i) => item(i, 'split', errorsAt(answer, i, puids.length))),
    resend: [positions.slice(0, half), positions.slice(half)],
    stop: false,
  };
}

/** Backoff after a failed attempt n (the database down, our token refused): 5 min, 10, 20… capped at 6 h. */
export function retryDelayMs(attempts: number): number {
  return Math.min(5 * 60_000 * 2 ** Math.max(0, attempts - 1), 6 * 3600_000);
}

/** A restriction undone before its statement was submitted (docs/TRUST-SAFETY.md "Reversed decisions"). */
export interface EndedRestrictions {
  visibilityEndedOn: string | null;
  serviceEndedOn: string | null;
}

const earlier = (a: unknown, b: string): string => (typeof a === 'string' && a < b ? a : b);

/**
 * The statement as submitted: the stored statement in the database's fields, and — when the restriction was
 * undone before it was sent — the day it ended as the restriction's end date (the database keeps no
 * corrections: a statement is never amended once submitted, so what it learns first must be true).
 */
export function submissionPayload(row: Parameters<typeof toTdb>[0], ended: EndedRestrictions): TdbStatement {
  const s = toTdb(row);
  if (ended.visibilityEndedOn && Array.isArray(s.decision_visibility) && s.decision_visibility.length) {
    s.end_date_visibility_restriction = earlier(s.end_date_visibility_restriction, ended.visibilityEndedOn);
  }
  if (ended.serviceEndedOn && s.decision_provision)
    s.end_date_service_restriction = earlier(s.end_date_service_restriction, ended.serviceEndedOn);
  return s;
}
