import type { MisuseMeasuresRecord } from '../../records.generated.ts';
import type { MISUSE_MEASURES, MISUSE_SUBJECTS } from '../../../../server/domain/enums.ts';

export type MisuseSubject = (typeof MISUSE_SUBJECTS)[number];
export type MisuseMeasureKind = (typeof MISUSE_MEASURES)[number];
export type MisuseGravity = 'low' | 'medium' | 'high';

/** A warning or a suspension (DSA Art. 23) as `GET /api/misuse-measures` answers it (client/src/records.generated.ts). */
export interface MisuseMeasure extends Omit<MisuseMeasuresRecord, 'factors'> {
  /** The Art. 23(3) factors weighed: counts, proportion, gravity, intent. */
  factors: { manifest?: number; total?: number; proportion?: number; gravity?: MisuseGravity; intent?: string | null } | null;
}

/** One row of `GET /api/dsa/misuse?subject=…`: the figures over the last 12 months and the measures in force. */
export interface MisuseCounter {
  subject: MisuseSubject;
  /** As the reader may see it: masked for moderators (docs/ACCOUNTS.md "Masking"). */
  notifierEmail?: string;
  /** The notifier's latest notice: how a measure names a notifier whose e-mail the reader sees masked. */
  noticeId?: number;
  accountId?: number;
  manifest: number;
  total: number;
  /** manifest / total, 0–1. */
  proportion: number;
  lastAt?: string | null;
  warnedAt: string | null;
  suspendedUntil: string | null;
}

/** Who a measure is about, as the warn/suspend bodies name them. */
export type MisuseTarget =
  { subject: 'notifier'; notifierEmail: string } | { subject: 'notifier'; noticeId: number } | { subject: 'author'; accountId: number };

export function targetOf(row: Pick<MisuseCounter, 'subject' | 'notifierEmail' | 'noticeId' | 'accountId'>): MisuseTarget {
  if (row.subject === 'author') return { subject: 'author', accountId: row.accountId ?? 0 };
  return row.noticeId ? { subject: 'notifier', noticeId: row.noticeId } : { subject: 'notifier', notifierEmail: row.notifierEmail ?? '' };
}

/** In force: not lifted, and a suspension not yet over (a warning counts for 12 months). */
export function isActive(measure: Pick<MisuseMeasure, 'measure' | 'endsAt' | 'liftedAt'>, now = Date.now()): boolean {
  if (measure.liftedAt) return false;
  return measure.measure === 'warning' || (measure.endsAt !== null && new Date(measure.endsAt).getTime() > now);
}
