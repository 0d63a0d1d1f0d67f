// The masking policy (server/domain/accounts/masking.ts) applied to the resources' records: the
// fields say which kind of personal data they hold, this file shows each record, row or document
// through the policy. Every read path goes through here: the resource router, the action results,
// the 360, the search box, the refund history, the evidence bundle, the audit log's before/after.
import type { Role } from '../domain/enums.ts';
import { maskPersonal, maskPersonalFields, mayFilterBy, type PersonalFields, type PersonalKind } from '../domain/accounts/masking.ts';
import type { ResourceName } from '../domain/permissions.ts';
import { badRequest } from '../http/errors.ts';
import type { FieldDef } from './fields.ts';
import type { ListQuery } from './listQuery.ts';
import type { ResourceDef } from './resource.ts';
import { RESOURCE_DEFS } from './resources/index.ts';

type Doc = Record<string, unknown>;

const personalByKey = new WeakMap<Record<string, FieldDef>, PersonalFields>();
const personalByColumn = new WeakMap<Record<string, FieldDef>, PersonalFields>();

/** The personal fields of a resource: `{ email: 'email', phone: 'phone' }` (API names). */
export function personalFields(fields: Record<string, FieldDef>): PersonalFields {
  let found = personalByKey.get(fields);
  if (!found) {
    found = Object.fromEntries(Object.entries(fields).flatMap(([key, d]) => (d.personal ? [[key, d.personal]] : [])));
    personalByKey.set(fields, found);
  }
  return found;
}

function personalColumns(fields: Record<string, FieldDef>): PersonalFields {
  let found = personalByColumn.get(fields);
  if (!found) {
    found = Object.fromEntries(Object.values(fields).flatMap((d) => (d.personal ? [[d.column, d.personal]] : [])));
    personalByColumn.set(fields, found);
  }
  return found;
}

const defOf = (resource: string): ResourceDef | undefined => RESOURCE_DEFS.get(resource as ResourceName);
const isDoc = (v: unknown): v is Doc => typeof v === 'object' && v !== null && !Array.isArray(v);

/** An API record (camelCase) of `fields` as the reader may see it, nested documents included. */
export function maskFields(fields: Record<string, FieldDef>, record: Doc, roles: readonly Role[]): Doc {
  let out = maskPersonalFields(record, personalFields(fields), roles);
  for (const [key, d] of Object.entries(fields)) {
    if (!d.nested || !(key in out) || out[key] == null) continue;
    const value =
      d.nested === 'audit-values' ? maskRecordOf(String(record.entity ?? ''), out[key], roles) : maskEvidenceBundle(out[key], roles);
    if (value !== out[key]) out = { ...out, [key]: value };
  }
  return out;
}

/** A record (or a partial one: an audit entry's before/after) of `resource`, as the reader may see it. */
export function maskRecordOf<T>(resource: string, record: T, roles: readonly Role[]): T {
  const def = defOf(resource);
  if (!def) return record;
  if (Array.isArray(record)) return record.map((r) => maskRecordOf(resource, r, roles)) as T;
  return (isDoc(record) ? maskFields(def.fields, record, roles) : record) as T;
}

/** A database row (snake_case columns) of `resource`, as the reader may see it. */
export function maskRowOf<T>(resource: string, row: T, roles: readonly Role[]): T {
  const def = defOf(resource);
  if (!def || !isDoc(row)) return row;
  return maskPersonalFields(row, personalColumns(def.fields), roles) as T;
}

const rowsOf = (resource: string, rows: unknown, roles: readonly Role[]) =>
  Array.isArray(rows) ? rows.map((r) => maskRowOf(resource, r, roles)) : rows;

/**
 * The evidence bundle of a notice (also stored as a law-enforcement referral's payload): every part
 * is the row of a resource, masked as that resource (services/evidence.ts says the shape).
 */
export function maskEvidenceBundle<T>(bundle: T, roles: readonly Role[]): T {
  if (!isDoc(bundle)) return bundle;
  return {
    ...bundle,
    notice: maskRowOf('dsa-notices', bundle.notice, roles),
    authors: rowsOf('accounts', bundle.authors, roles),
    // Referrals recorded before the bundle had its present shape name one author.
    ...('author' in bundle ? { author: maskRowOf('accounts', bundle.author, roles) } : {}),
    reports: rowsOf('review-reports', bundle.reports, roles),
    complaints: rowsOf('dsa-complaints', bundle.complaints, roles),
    auditTrail: Array.isArray(bundle.auditTrail)
      ? bundle.auditTrail.map((e) => (isDoc(e) ? { ...e, after: maskRecordOf('dsa-notices', e.after, roles) } : e))
      : bundle.auditTrail,
  } as T;
}

/** A single value of a known kind (a search result's label), through the policy. */
export const maskValue = <T>(kind: PersonalKind, value: T, roles: readonly Role[]) => maskPersonal(kind, value, roles);

/**
 * A list query may not look people up by data the reader does not see: equality on a masked field
 * is allowed (the reader already knows the value), a range, a sort or a free-text/prefix search on
 * it is not (they enumerate), and a hidden field cannot be used at all. 400 `masked_field`.
 */
export function checkListLookups(def: ResourceDef, query: Pick<ListQuery, 'conditions' | 'q' | 'sort'>, roles: readonly Role[]): void {
  const refuse = (field: string, how: string) => {
    throw badRequest('masked_field', `Your role does not see ${def.name}.${field} in full: it cannot be used to ${how}`, {
      [field]: 'masked for your role',
    });
  };
  const fields = personalFields(def.fields);
  const sortKind = fields[query.sort.field];
  if (sortKind && !mayFilterBy(sortKind, roles, 'enumerates')) refuse(query.sort.field, 'sort');
  for (const c of query.conditions) {
    const kind = c.op === 'custom' ? def.lookups?.filters?.[c.field] : fields[c.field];
    if (!kind) continue;
    const how = ['=', 'in', 'is null', 'is not null'].includes(c.op) ? 'equals' : 'enumerates';
    if (!mayFilterBy(kind, roles, how)) refuse(c.field, 'filter');
  }
  if (query.q && def.lookups?.q && !mayFilterBy(def.lookups.q, roles, 'enumerates')) refuse('q', 'search');
}
