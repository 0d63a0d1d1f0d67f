// Values cross the database boundary in one canonical form on both engines.

/** ISO 8601 UTC with milliseconds, from a Date (PostgreSQL) or a stored string (SQLite). */
export function toIso(value: unknown): string | null {
  if (value == null) return null;
  if (value instanceof Date) return value.toISOString();
  const s = String(value);
  const d = new Date(s.includes('T') || s.includes('Z') ? s : `${s.replace(' ', 'T')}Z`);
  return Number.isNaN(d.getTime()) ? s : d.toISOString();
}

export function toBool(value: unknown): boolean | null {
  if (value == null) return null;
  return value === true || value === 1 || value === '1' || value === 't' || value === 'true';
}

export function parseJson(value: unknown): unknown {
  if (value == null) return null;
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

export const nowIso = (now: Date = new Date()): string => now.toISOString();
