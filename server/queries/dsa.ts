import type { Router } from 'express';
import type { Knex } from 'knex';
import { z } from 'zod';
import { stringify } from 'csv-stringify/sync';
import { parseJson, toIso } from '../db/values.ts';
import { nextDay, startOfParisDay } from '../domain/calendar.ts';
import { detectContentLanguages } from '../tdb/languageDetector.ts';
import { TDB_FIELDS } from '../domain/dsa/statement.ts';
import { submissionPayload, TDB_BATCH_SIZE } from '../domain/dsa/tdbSubmission.ts';
import { validateStatement, type TdbStatement } from '../domain/dsa/tdbValidator.ts';
import { grantedRouter } from './grantedRouter.ts';
import { csvSafe } from '../http/csv.ts';
import { fromZod, notFound } from '../http/errors.ts';
import { parseId } from '../http/ids.ts';
import { maskEvidenceBundle, maskValue } from '../rest/masking.ts';
import { evidenceBundle } from '../services/evidence.ts';
import { misuseFigures } from '../services/misuse.ts';
import { unsubmittedStatements } from '../services/sorSubmissions.ts';
import { reportCsv, transparencyReport } from '../services/transparency.ts';

import type {
  DsaNoticesRow,
  MisuseMeasuresRow,
  ReviewsRow,
  SorSubmissionBatchesRow,
  SorSubmissionItemsRow,
  SorSubmissionsRow,
  StatementsOfReasonsRow,
} from '../db/rows.generated.ts';

/** One batch a statement was in, with the statement's place and outcome in it. */
type SubmissionAttemptRow = Pick<
  SorSubmissionBatchesRow,
  'channel' | 'statement_count' | 'parent_batch_id' | 'started_at' | 'finished_at' | 'http_status' | 'error' | 'note'
> &
  Pick<SorSubmissionItemsRow, 'position' | 'outcome' | 'errors'> & {
    batch_id: SorSubmissionBatchesRow['id'];
    batch_status: SorSubmissionBatchesRow['status'];
  };

/** A notifier (their e-mail and latest notice) or an author (their account), as the misuse list groups them. */
type MisuseSubjectRow = Partial<Pick<DsaNoticesRow, 'notifier_email'> & Pick<StatementsOfReasonsRow, 'account_id'>> & {
  notice_id?: DsaNoticesRow['id'];
};

// `format` names the file: an unknown one is refused (400 naming it), never answered with JSON anyway.
const period = z
  .strictObject({
    from: z.iso.date('a date YYYY-MM-DD'),
    to: z.iso.date('a date YYYY-MM-DD'),
    format: z.enum(['json', 'csv'], { error: (i) => `unknown format "${String(i.input)}": json or csv` }).optional(),
  })
  .refine((p) => p.from <= p.to, { path: ['to'], message: 'must not be before from' });

const ARRAY_FIELDS = new Set(['decision_visibility', 'content_type', 'category_addition', 'category_specification', 'territorial_scope']);
/** The export's CSV: one statement a line in the TDB's fields (puid first), arrays as comma-separated codes, every cell neutralised. */
function statementsCsv(statements: TdbStatement[]): string {
  const columns = ['puid', ...TDB_FIELDS.filter((f) => f !== 'puid')];
  const cell = (s: TdbStatement, f: string) => csvSafe(ARRAY_FIELDS.has(f) && Array.isArray(s[f]) ? (s[f] as unknown[]).join(',') : s[f]);
  return stringify(
    statements.map((s) => columns.map((f) => cell(s, f))),
    { header: true, columns },
  );
}

const idList = z.string().regex(/^\d+(,\d+){0,99}$/, 'review ids separated by commas (at most 100)');

/** DSA reads: evidence bundle, the TDB export, the transparency report, misuse counters. */
export function dsaQueryRouter(db: Knex): Router {
  const { router, get } = grantedRouter();

  get('/dsa-notices/:id/evidence', 'dsa-notices.evidence', async (req, res, roles) => {
    const id = parseId(req.params.id);
    const bundle = maskEvidenceBundle(await evidenceBundle(db, id), roles);
    res.attachment(`evidence-${(bundle.notice as Pick<DsaNoticesRow, 'reference'>).reference}.json`).json(bundle);
  });

  /**
   * The manual export (platforms without API access): the statements issued in the period (Paris days, both
   * included) that the Transparency Database has not accepted yet, as it will receive them — JSON in batches of
   * at most 100 (each the body of its POST /api/v1/statements) or CSV. Read-only: `mark-submitted` records the
   * hand-over. A statement our own check refuses is left out and listed (`excluded`), never handed over.
   */
  get('/statements-of-reasons/export', 'statements-of-reasons.export', async (req, res) => {
    const p = period.safeParse(req.query);
    if (!p.success) throw fromZod(p.error, 'period');
    const rows = await unsubmittedStatements(db, startOfParisDay(p.data.from), startOfParisDay(nextDay(p.data.to)));
    const statements: TdbStatement[] = [];
    const excluded: { puid: string; errors: Record<string, string> }[] = [];
    for (const r of rows) {
      const s = submissionPayload(r, { visibilityEndedOn: dayOf(r.visibility_ended_on), serviceEndedOn: dayOf(r.service_ended_on) });
      const errors = validateStatement(s);
      if (Object.keys(errors).length) excluded.push({ puid: r.puid, errors });
      else statements.push(s);
    }
    const name = `kolet-statements-${p.data.from}-${p.data.to}`;
    if (p.data.format === 'csv') {
      res.type('text/csv').attachment(`${name}.csv`).send(statementsCsv(statements));
      return;
    }
    const batches = Array.from({ length: Math.ceil(statements.length / TDB_BATCH_SIZE) }, (_, i) => ({
      statements: statements.slice(i * TDB_BATCH_SIZE, (i + 1) * TDB_BATCH_SIZE),
    }));
    res.attachment(`${name}.json`).json({ count: statements.length, from: p.data.from, to: p.data.to, batches, excluded });
  });

  /** Each statement's way to the Transparency Database: where it stands, and every batch it was in with the answer. */
  get('/statements-of-reasons/:id/submissions', 'statements-of-reasons.submissions', async (req, res) => {
    const id = parseId(req.params.id);
    const statement: Pick<StatementsOfReasonsRow, 'id' | 'puid'> | undefined = await db('statements_of_reasons')
      .where({ id })
      .first('id', 'puid');
    if (!statement) throw notFound(`Statement of reasons ${id} not found`);
    const current: SorSubmissionsRow | undefined = await db('sor_submissions').where({ statement_id: id }).first();
    const attempts: SubmissionAttemptRow[] = await db('sor_submission_items as i')
      .join('sor_submission_batches as b', 'b.id', 'i.batch_id')
      .where('i.statement_id', id)
      .orderBy('b.started_at')
      .orderBy('b.id')
      .select(
        'b.id as batch_id',
        'b.channel',
        'b.status as batch_status',
        'b.statement_count',
        'b.parent_batch_id',
        'b.started_at',
        'b.finished_at',
        'b.http_status',
        'b.error',
        'b.note',
        'i.position',
        'i.outcome',
        'i.errors',
      );
    res.json({
      statementId: id,
      puid: statement.puid,
      status: current?.status ?? null,
      attempts: current ? Number(current.attempts) : 0,
      nextAttemptAt: toIso(current?.next_attempt_at),
      submittedAt: toIso(current?.submitted_at),
      acceptedAt: toIso(current?.accepted_at),
      tdbUuid: current?.tdb_uuid ?? null,
      tdbPermalink: current?.tdb_permalink ?? null,
      error: current?.error ?? null,
      errors: parseJson(current?.errors) ?? null,
      visibilityEndedOn: dayOf(current?.visibility_ended_on),
      serviceEndedOn: dayOf(current?.service_ended_on),
      batches: attempts.map((a) => ({
        batchId: a.batch_id,
        channel: a.channel,
        batchStatus: a.batch_status,
        statementCount: a.statement_count,
        parentBatchId: a.parent_batch_id,
        startedAt: toIso(a.started_at),
        finishedAt: toIso(a.finished_at),
        httpStatus: a.http_status,
        error: a.error,
        note: a.note,
        position: a.position,
        outcome: a.outcome,
        errors: parseJson(a.errors) ?? null,
      })),
    });
  });

  /** The language each review's text is in, as a statement would declare it (the decision forms show it, correctable). */
  get('/reviews/content-languages', 'reviews.content-languages', async (req, res) => {
    const q = z.strictObject({ ids: idList }).safeParse(req.query);
    if (!q.success) throw fromZod(q.error, 'query');
    const ids = [...new Set(q.data.ids.split(',').map(Number))];
    const reviews: Pick<ReviewsRow, 'id' | 'comment'>[] = await db('reviews').whereIn('id', ids).select('id', 'comment');
    const languages = await detectContentLanguages(reviews.map((r) => r.comment));
    res.json(reviews.map((r, i) => ({ reviewId: r.id, contentLanguage: languages[i] })));
  });

  get('/dsa/transparency-report', 'dsa.transparency-report', async (req, res) => {
    const p = period.safeParse(req.query);
    if (!p.success) throw fromZod(p.error, 'period');
    const report = await transparencyReport(db, p.data.from, p.data.to);
    if (p.data.format === 'csv')
      res.type('text/csv').attachment(`kolet-transparency-${p.data.from}-${p.data.to}.csv`).send(reportCsv(report));
    else res.json(report);
  });

  /** Art. 23(3): who misuses the service, with the figures a moderator weighs. */
  get('/dsa/misuse', 'dsa.misuse', async (req, res, roles) => {
    const q = z.strictObject({ subject: z.enum(['notifier', 'author']) }).safeParse(req.query);
    if (!q.success) throw fromZod(q.error, 'query');
    const now = new Date();
    const since = new Date(now.getTime() - 365 * 86_400_000).toISOString();
    // Each notifier with their latest notice: the handle a moderator, who sees the e-mail masked, acts on.
    const subjects: MisuseSubjectRow[] =
      q.data.subject === 'notifier'
        ? await db('dsa_notices')
            .where({ manifestly_unfounded: true })
            .where('received_at', '>=', since)
            .whereNotNull('notifier_email')
            .groupBy('notifier_email')
            .select('notifier_email')
            .max({ notice_id: 'id' })
            .limit(200)
        : await db('statements_of_reasons')
            .where({ manifestly_illegal: true })
            .where('created_at', '>=', since)
            .distinct('account_id')
            .limit(200);
    const rows = [];
    for (const s of subjects) {
      const subject =
        q.data.subject === 'notifier'
          ? { subject: 'notifier' as const, notifierEmail: s.notifier_email as string }
          : { subject: 'author' as const, accountId: s.account_id as number };
      const figures = await misuseFigures(db, subject, now);
      const measures: MisuseMeasuresRow[] = await db('misuse_measures')
        .where(
          subject.subject === 'notifier'
            ? { subject: 'notifier', notifier_email: subject.notifierEmail }
            : { subject: 'author', account_id: subject.accountId },
        )
        .whereNull('lifted_at')
        .orderBy('starts_at', 'desc');
      const warning = measures.find((m) => m.measure === 'warning');
      const suspension = measures.find((m) => m.measure === 'suspension' && new Date(toIso(m.ends_at)!) > now);
      const shown =
        subject.subject === 'notifier'
          ? { ...subject, notifierEmail: maskValue('email', subject.notifierEmail, roles), noticeId: Number(s.notice_id) }
          : subject;
      rows.push({ ...shown, ...figures, warnedAt: toIso(warning?.starts_at), suspendedUntil: toIso(suspension?.ends_at) });
    }
    rows.sort((a, b) => b.manifest - a.manifest || b.proportion - a.proportion);
    res.json(rows);
  });
  return router;
}

const dayOf = (v: unknown): string | null => (v == null ? null : v instanceof Date ? v.toISOString().slice(0, 10) : String(v).slice(0, 10));
