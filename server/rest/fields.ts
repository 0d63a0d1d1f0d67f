import { parseJson, toBool, toIso } from '../db/values.ts';
import type { PersonalKind } from '../domain/accounts/masking.ts';

export type FieldType = 'int' | 'text' | 'bool' | 'timestamp' | 'date' | 'json' | 'enum';

/** JSON documents that hold other records' values, masked by their shape (server/rest/masking.ts). */
export type NestedPersonal = 'audit-values' | 'evidence-bundle';

export interface FieldDef {
  column: string;
  type: FieldType;
  values?: readonly string[];
  sortable: boolean;
  filterable: boolean;
  /** The kind of personal data the field holds: every read path shows it through the masking policy (server/domain/accounts/masking.ts). */
  personal?: PersonalKind;
  nested?: NestedPersonal;
}

interface FieldOptions {
  column?: string;
  sort?: boolean;
  filter?: boolean;
  personal?: PersonalKind;
}

const make = (type: FieldType, o: FieldOptions = {}, values?: readonly string[]): Omit<FieldDef, 'column'> & { column?: string } => ({
  type,
  values,
  column: o.column,
  sortable: o.sort ?? false,
  filterable: o.filter ?? false,
  ...(o.personal ? { personal: o.personal } : {}),
});

/** Field builders: `f.int({ sort: true, filter: true })`. The column defaults to the snake_case of the key. */
export const f = {
  id: (o: FieldOptions = {}) => make('int', { sort: true, filter: true, ...o }),
  textId: (column: string) => make('text', { column, sort: true, filter: true }),
  int: (o?: FieldOptions) => make('int', o),
  text: (o?: FieldOptions) => make('text', o),
  bool: (o?: FieldOptions) => make('bool', o),
  timestamp: (o?: FieldOptions) => make('timestamp', o),
  date: (o?: FieldOptions) => make('date', o),
  json: (o?: FieldOptions & { nested?: NestedPersonal }) => ({
    ...make('json', { ...o, sort: false, filter: false }),
    ...(o?.nested ? { nested: o.nested } : {}),
  }),
  enum: (values: readonly string[], o?: FieldOptions) => make('enum', o, values),
};

export const snakeCase = (key: string): string => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

export function defineFields(spec: Record<string, ReturnType<typeof make>>): Record<string, FieldDef> {
  const out: Record<string, FieldDef> = {};
  for (const [key, d] of Object.entries(spec)) out[key] = { ...d, column: d.column ?? snakeCase(key) };
  return out;
}

/** The standard tail of every mutable record. */
export const recordTimestamps = {
  createdAt: f.timestamp({ sort: true, filter: true }),
  updatedAt: f.timestamp({ sort: true, filter: true }),
  version: f.int(),
};

/** A database row → the API's JSON record (camelCase, ISO times, booleans, parsed JSON). */
export function rowToRecord(fields: Record<string, FieldDef>, row: object): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const [key, def] of Object.entries(fields)) {
    const v: unknown = (row as Record<string, unknown>)[def.column];
    switch (def.type) {
      case 'timestamp':
        record[key] = toIso(v);
        break;
      case 'bool':
        record[key] = toBool(v);
        break;
      case 'json':
        record[key] = parseJson(v);
        break;
      case 'int':
        record[key] = v == null ? null : Number(v);
        break;
      case 'date':
        record[key] = v instanceof Date ? v.toISOString().slice(0, 10) : (v ?? null);
        break;
      default:
        record[key] = v ?? null;
    }
  }
  return record;
}

/** An API value → the value stored in the column. */
export function toColumnValue(def: FieldDef, value: unknown): unknown {
  if (value == null) return null;
  switch (def.type) {
    case 'json':
      return JSON.stringify(value);
    case 'timestamp':
      return new Date(value as string).toISOString();
    case 'bool':
      return Boolean(value);
    default:
      return value;
  }
}
