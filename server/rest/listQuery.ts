import { nextDay, startOfParisDay } from '../domain/calendar.ts';
import { badRequest } from '../http/errors.ts';
import { INT_MAX, INT_MIN } from '../http/ids.ts';
import type { FieldDef } from './fields.ts';

export const MAX_PAGE = 1000;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const OPERATORS = { _gte: '>=', _lte: '<=', _gt: '>', _lt: '<', _neq: '<>' } as const;
type Operator = keyof typeof OPERATORS;

export type Condition =
  | { field: string; column: string; op: '=' | '>=' | '<=' | '>' | '<' | '<>'; value: unknown }
  | { field: string; column: string; op: 'in'; value: unknown[] }
  | { field: string; column: string; op: 'is null' | 'is not null' }
  /** A resource's own filter on related records (e.g. the sender's e-mail of a transfer). */
  | { field: string; column: ''; op: 'custom'; value: string };

export interface ListQuery {
  sort: { field: string; column: string; order: 'asc' | 'desc' };
  range: { start: number; end: number } | null;
  conditions: Condition[];
  q: string | null;
}

function parseJsonParam(name: string, raw: unknown): unknown {
  if (raw === undefined) return undefined;
  if (typeof raw !== 'string')
    throw badRequest('invalid_query', `Query parameter "${name}" must be given once, as JSON`, { [name]: 'must be JSON' });
  try {
    return JSON.parse(raw);
  } catch {
    throw badRequest('invalid_query', `Query parameter "${name}" is not valid JSON`, { [name]: 'malformed JSON' });
  }
}

/** Checks and converts one filter value to the field's type, or names the problem. */
function filterValue(field: string, def: FieldDef, value: unknown): unknown {
  const fail = (why: string) => badRequest('invalid_filter', `Filter "${field}" ${why}`, { [field]: why });
  switch (def.type) {
    case 'int': {
      const n = typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;
      if (typeof n !== 'number' || !Number.isSafeInteger(n)) throw fail('must be an integer');
      if (n < INT_MIN || n > INT_MAX) throw fail(`must be an integer between ${INT_MIN} and ${INT_MAX}`);
      return n;
    }
    case 'bool':
      if (value === true || value === 'true') return true;
      if (value === false || value === 'false') return false;
      throw fail('must be true or false');
    case 'timestamp':
    case 'date': {
      if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) throw fail('must be an ISO 8601 date');
      // Years 0 and beyond 9999 parse in JavaScript but not in PostgreSQL.
      const year = new Date(value).getUTCFullYear();
      if (year < 1 || year > 9999) throw fail('must be an ISO 8601 date between years 1 and 9999');
      if (def.type === 'timestamp') return new Date(value).toISOString();
      const day = value.slice(0, 10);
      // JavaScript rolls 2024-02-30 over to March; PostgreSQL refuses it: refuse it here on both engines.
      if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) !== day)
        throw fail('must be a date YYYY-MM-DD');
      return day;
    }
    case 'enum':
      if (typeof value !== 'string' || !def.values!.includes(value)) throw fail(`must be one of ${def.values!.join(', ')}`);
      return value;
    default:
      if (typeof value !== 'string' && typeof value !== 'number') throw fail('must be a string');
      // PostgreSQL text cannot hold NUL: refuse it on both engines alike.
      if (typeof value === 'string' && value.includes('\u0000')) throw fail('must not contain NUL characters');
      return String(value);
  }
}

/**
 * A date without a time on a timestamp field means a whole Europe/Paris calendar day,
 * as an operator picking "from 1 to 7 November" in a date filter expects.
 */
function parisDayConditions(field: string, column: string, suffix: string, day: string): Condition[] {
  const start = startOfParisDay(day).toISOString();
  const end = startOfParisDay(nextDay(day)).toISOString();
  switch (suffix) {
    case '_gte':
      return [{ field, column, op: '>=', value: start }];
    case '_gt':
      return [{ field, column, op: '>=', value: end }];
    case '_lte':
      return [{ field, column, op: '<', value: end }];
    case '_lt':
      return [{ field, column, op: '<', value: start }];
    default:
      return [
        { field, column, op: '>=', value: start },
        { field, column, op: '<', value: end },
      ];
  }
}

/**
 * Parses the ra-data-simple-rest query (`sort`, `range`, `filter`) against a
 * resource's whitelists. Anything unknown or malformed is a 400 naming it:
 * no user input ever reaches SQL except as a bound value or a whitelisted column.
 */
export function parseListQuery(
  query: Record<string, unknown>,
  fields: Record<string, FieldDef>,
  defaultSort: [string, 'ASC' | 'DESC'],
  customFilters: readonly string[] = [],
): ListQuery {
  for (const key of Object.keys(query)) {
    if (!['sort', 'range', 'filter'].includes(key))
      throw badRequest('invalid_query', `Unknown query parameter "${key}"`, { [key]: 'unknown parameter' });
  }
  const sortRaw = parseJsonParam('sort', query.sort) ?? defaultSort;
  if (
    !Array.isArray(sortRaw) ||
    sortRaw.length !== 2 ||
    typeof sortRaw[0] !== 'string' ||
    !['ASC', 'DESC'].includes(String(sortRaw[1]).toUpperCase())
  ) {
    throw badRequest('invalid_sort', 'sort must be ["field","ASC"|"DESC"]', { sort: 'must be ["field","ASC"|"DESC"]' });
  }
  const sortField = sortRaw[0];
  const sortDef = fields[sortField];
  if (!sortDef || !sortDef.sortable)
    throw badRequest('invalid_sort', `Cannot sort by "${sortField}"`, { sort: `"${sortField}" is not a sortable field` });

  const rangeRaw = parseJsonParam('range', query.range);
  let range: ListQuery['range'] = null;
  if (rangeRaw !== undefined) {
    if (
      !Array.isArray(rangeRaw) ||
      rangeRaw.length !== 2 ||
      !rangeRaw.every((n) => Number.isSafeInteger(n) && n >= 0) ||
      rangeRaw[1] < rangeRaw[0]
    ) {
      throw badRequest('invalid_range', 'range must be [start,end] with 0 ≤ start ≤ end', { range: 'must be [start,end]' });
    }
    if (rangeRaw[1] - rangeRaw[0] + 1 > MAX_PAGE) {
      throw badRequest('range_too_large', `A page holds at most ${MAX_PAGE} rows`, { range: `at most ${MAX_PAGE} rows` });
    }
    range = { start: rangeRaw[0], end: rangeRaw[1] };
  }

  const filterRaw = parseJsonParam('filter', query.filter) ?? {};
  if (typeof filterRaw !== 'object' || filterRaw === null || Array.isArray(filterRaw)) {
    throw badRequest('invalid_filter', 'filter must be a JSON object', { filter: 'must be an object' });
  }
  const conditions: Condition[] = [];
  let q: string | null = null;
  for (const [key, value] of Object.entries(filterRaw)) {
    if (key === 'q') {
      if (value === '' || value == null) continue;
      if (typeof value !== 'string' || value.length > 200)
        throw badRequest('invalid_filter', 'q must be a text of at most 200 characters', { q: 'must be text' });
      if (value.includes('\u0000'))
        throw badRequest('invalid_filter', 'q must not contain NUL characters', { q: 'must not contain NUL characters' });
      q = value.trim();
      continue;
    }
    if (customFilters.includes(key)) {
      if (value === '' || value == null) continue;
      if (typeof value === 'boolean') {
        conditions.push({ field: key, column: '', op: 'custom', value: String(value) });
        continue;
      }
      if (typeof value !== 'string' || value.length > 254 || value.includes('\u0000'))
        throw badRequest('invalid_filter', `Filter "${key}" must be a text of at most 254 characters`, { [key]: 'must be text' });
      conditions.push({ field: key, column: '', op: 'custom', value: value.trim() });
      continue;
    }
    const suffix = (Object.keys(OPERATORS) as Operator[]).find((s) => key.endsWith(s));
    const field = suffix ? key.slice(0, -suffix.length) : key;
    const def = fields[field];
    if (!def || !def.filterable) throw badRequest('invalid_filter', `Cannot filter by "${key}"`, { [key]: 'not a filterable field' });
    if (Array.isArray(value)) {
      if (suffix) throw badRequest('invalid_filter', `Filter "${key}" takes one value`, { [key]: 'takes one value' });
      if (value.length > MAX_PAGE)
        throw badRequest('invalid_filter', `Filter "${key}" takes at most ${MAX_PAGE} values`, { [key]: 'too many values' });
      conditions.push({ field, column: def.column, op: 'in', value: value.map((v) => filterValue(key, def, v)) });
    } else if (value === null) {
      if (suffix && suffix !== '_neq')
        throw badRequest('invalid_filter', `Filter "${key}" cannot compare with null`, { [key]: 'cannot be null' });
      conditions.push({ field, column: def.column, op: suffix ? 'is not null' : 'is null' });
    } else if (def.type === 'timestamp' && typeof value === 'string' && DAY.test(value) && suffix !== '_neq') {
      filterValue(key, { ...def, type: 'date' }, value); // a real calendar day, or 400
      conditions.push(...parisDayConditions(field, def.column, suffix ?? '', value));
    } else {
      conditions.push({ field, column: def.column, op: suffix ? OPERATORS[suffix] : '=', value: filterValue(key, def, value) });
    }
  }
  return {
    sort: { field: sortField, column: sortDef.column, order: String(sortRaw[1]).toLowerCase() as 'asc' | 'desc' },
    range,
    conditions,
    q,
  };
}
