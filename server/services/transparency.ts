// The transparency report for a period (DSA Art. 15(1)(b),(d) and 24(1)): counts by category and action,
// the law/terms split, automation, median handling times, complaints and reversals, Art. 23 measures.
import type { Knex } from 'knex';
import { toCsv } from '../http/csv.ts';
import { parseJson, toBool, toIso } from '../db/values.ts';
import type { TransparencyReport } from '../domain/dsa/transparencyReport.ts';

import type { DbTimestamp, DsaComplaintsRow, DsaNoticesRow, MisuseMeasuresRow, StatementsOfReasonsRow } from '../db/rows.generated.ts';

export type { TransparencyReport };

export function median(values: number[]): number | null {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

const hours = (from: unknown, to: unknown) => (new Date(toIso(to)!).getTime() - new Date(toIso(from)!).getTime()) / 3_600_000;
const round1 = (n: number | null) => (n == null ? null : Math.round(n * 10) / 10);
const countBy = <T>(rows: T[], key: (r: T) => string) => {
  const m = new Map<string, number>();
  for (const r of rows) m.set(key(r), (m.get(key(r)) ?? 0) + 1);
  return [...m].map(([k, count]) => ({ key: k, count })).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
};

/** `from` and `to` are UTC calendar days, both included (the Implementing Regulation reports calendar periods). */
export async function transparencyReport(db: Knex, from: string, to: string): Promise<TransparencyReport> {
  const start = `${from}T00:00:00.000Z`;
  const end = new Date(new Date(`${to}T00:00:00.000Z`).getTime() + 86_400_000).toISOString();
  const inPeriod = (q: Knex.QueryBuilder, column: string) => q.where(column, '>=', start).where(column, '<', end);
  const notices: Pick<
    DsaNoticesRow,
    | 'category'
    | 'trusted_flagger_id'
    | 'complete'
    | 'threat_to_life'
    | 'received_at'
    | 'decided_at'
    | 'decision'
    | 'automated_detection'
    | 'automated_decision'
    | 'manifestly_unfounded'
    | 'escalated_at'
  >[] = await inPeriod(db('dsa_notices'), 'received_at').select(
    'category',
    'trusted_flagger_id',
    'complete',
    'threat_to_life',
    'received_at',
    'decided_at',
    'decision',
    'automated_detection',
    'automated_decision',
    'manifestly_unfounded',
    'escalated_at',
  );
  const decided: (Pick<DsaNoticesRow, 'received_at' | 'automated_detection' | 'automated_decision'> & {
    decision: NonNullable<DsaNoticesRow['decision']>;
    decided_at: DbTimestamp;
  })[] = await inPeriod(db('dsa_notices'), 'decided_at')
    .whereNotNull('decision')
    .select('decision', 'received_at', 'decided_at', 'automated_detection', 'automated_decision');
  const statements: Pick<
    StatementsOfReasonsRow,
    | 'decision_ground'
    | 'source_type'
    | 'automated_detection'
    | 'automated_decision'
    | 'category'
    | 'decision_visibility'
    | 'decision_provision'
  >[] = await inPeriod(db('statements_of_reasons'), 'created_at').select(
    'decision_ground',
    'source_type',
    'automated_detection',
    'automated_decision',
    'category',
    'decision_visibility',
    'decision_provision',
  );
  const complaints: Pick<DsaComplaintsRow, 'status' | 'complainant_role' | 'received_at' | 'decided_at'>[] = await inPeriod(
    db('dsa_complaints'),
    'received_at',
  ).select('status', 'complainant_role', 'received_at', 'decided_at');
  const measures: Pick<MisuseMeasuresRow, 'subject' | 'measure' | 'factors'>[] = await inPeriod(db('misuse_measures'), 'starts_at').select(
    'subject',
    'measure',
    'factors',
  );
  const referrals: { n: number | string } | undefined = await inPeriod(db('law_enforcement_referrals'), 'referred_at')
    .count({ n: '*' })
    .first();
  const decidedComplaints = complaints.filter((c) => c.decided_at);
  const suspensions = measures.filter(
    (m) => m.measure === 'suspension' && (parseJson(m.factors) as { source?: string } | null)?.source !== 'dsa_notice',
  );
  return {
    period: { from, to },
    notices: {
      total: notices.length,
      byCategory: countBy(notices, (n) => n.category).map(({ key, count }) => ({ category: key, count })),
      fromTrustedFlaggers: notices.filter((n) => n.trusted_flagger_id).length,
      complete: notices.filter((n) => toBool(n.complete)).length,
      withThreatToLife: notices.filter((n) => toBool(n.threat_to_life)).length,
      manifestlyUnfounded: notices.filter((n) => toBool(n.manifestly_unfounded)).length,
    },
    actions: {
      total: decided.length,
      byDecision: countBy(decided, (n) => n.decision).map(({ key, count }) => ({ decision: key, count })),
      // Art. 15(1)(b): actions taken on the basis of the law vs of the terms (per statement issued).
      law: statements.filter((s) => s.decision_ground === 'DECISION_GROUND_ILLEGAL_CONTENT').length,
      terms: statements.filter((s) => s.decision_ground === 'DECISION_GROUND_INCOMPATIBLE_CONTENT').length,
      automatedDetection: decided.filter((n) => toBool(n.automated_detection)).length,
      automatedDecision: decided.filter((n) => toBool(n.automated_decision)).length,
      medianHoursToAct: round1(median(decided.map((n) => hours(n.received_at, n.decided_at)))),
    },
    statements: {
      total: statements.length,
      bySource: countBy(statements, (s) => s.source_type).map(({ key, count }) => ({ sourceType: key, count })),
      byCategory: countBy(statements, (s) => s.category).map(({ key, count }) => ({ category: key, count })),
      automatedDetection: statements.filter((s) => toBool(s.automated_detection)).length,
      visibility: statements.filter((s) => parseJson(s.decision_visibility)).length,
      serviceSuspensions: statements.filter((s) => s.decision_provision).length,
    },
    complaints: {
      total: complaints.length,
      byRole: countBy(complaints, (c) => c.complainant_role ?? 'unknown').map(({ key, count }) => ({ role: key, count })),
      open: complaints.filter((c) => c.status === 'open').length,
      upheld: complaints.filter((c) => c.status === 'upheld').length,
      rejected: complaints.filter((c) => c.status === 'rejected').length,
      reversed: complaints.filter((c) => c.status === 'upheld').length,
      medianHoursToDecide: round1(median(decidedComplaints.map((c) => hours(c.received_at, c.decided_at)))),
    },
    escalations: Number(referrals?.n ?? 0),
    misuse: {
      warnings: measures.filter((m) => m.measure === 'warning').length,
      suspensions: {
        authors: suspensions.filter((m) => m.subject === 'author').length,
        notifiers: suspensions.filter((m) => m.subject === 'notifier').length,
      },
    },
  };
}

/** One line per figure: `section,metric,key,value` (spreadsheet-friendly, stable column set). */
export function reportCsv(r: TransparencyReport): string {
  const lines: Record<'section' | 'metric' | 'key' | 'value', unknown>[] = [];
  const add = (section: string, metric: string, key: string, value: unknown) => {
    lines.push({ section, metric, key, value: value ?? '' });
  };
  add('period', 'from', '', r.period.from);
  add('period', 'to', '', r.period.to);
  for (const [k, v] of Object.entries(r.notices)) if (!Array.isArray(v)) add('notices', k, '', v);
  for (const c of r.notices.byCategory) add('notices', 'byCategory', c.category, c.count);
  for (const [k, v] of Object.entries(r.actions)) if (!Array.isArray(v)) add('actions', k, '', v);
  for (const d of r.actions.byDecision) add('actions', 'byDecision', d.decision, d.count);
  for (const [k, v] of Object.entries(r.statements)) if (!Array.isArray(v)) add('statements', k, '', v);
  for (const s of r.statements.bySource) add('statements', 'bySource', s.sourceType, s.count);
  for (const s of r.statements.byCategory) add('statements', 'byCategory', s.category, s.count);
  for (const [k, v] of Object.entries(r.complaints)) if (!Array.isArray(v)) add('complaints', k, '', v);
  for (const c of r.complaints.byRole) add('complaints', 'byRole', c.role, c.count);
  add('escalations', 'total', '', r.escalations);
  add('misuse', 'warnings', '', r.misuse.warnings);
  add('misuse', 'suspensions', 'authors', r.misuse.suspensions.authors);
  add('misuse', 'suspensions', 'notifiers', r.misuse.suspensions.notifiers);
  return toCsv(lines, ['section', 'metric', 'key', 'value']);
}
