// `POST /api/countries/:id/plans-import {csv, dryRun}`: the same diff for the dry run and the import.

export interface ImportedPlanValues {
  name: string;
  dataMb: number | null;
  fairUseMb: number | null;
  validityDays: number;
  priceCents: number;
  vatRateBp: number;
  status: string;
  promotional: boolean;
}

export interface ImportReport {
  dryRun: boolean;
  applied: boolean;
  /** A new plan per line; the values flat (`{line, name, …}`) or under `values`, as the API sends them. */
  created: ({ line: number; values?: ImportedPlanValues } & Partial<ImportedPlanValues>)[];
  updated: { line: number; id: number; name: string; changes: Record<string, [unknown, unknown]> }[];
  unchanged: number;
  errors: { line: number; message: string }[];
}

/** A created line's values, whichever way the API shaped them. */
export function createdValues(row: ImportReport['created'][number]): Partial<ImportedPlanValues> {
  return row.values ?? row;
}

/** The errors of a refused import (422): the report's array, or the `{ "line 3": "…" }` map of an API error body. */
export function errorsOf(body: unknown): ImportReport['errors'] | null {
  const errors = (body as { errors?: unknown } | null)?.errors;
  if (Array.isArray(errors)) return errors as ImportReport['errors'];
  if (!errors || typeof errors !== 'object') return null;
  return Object.entries(errors as Record<string, string>).map(([key, message]) => ({ line: Number(/\d+/.exec(key)?.[0] ?? 0), message }));
}
