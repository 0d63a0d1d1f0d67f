import { Router, type Request } from 'express';
import type { Knex } from 'knex';
import { z } from 'zod';
import { toIso } from '../db/values.ts';
import type { Role } from '../domain/enums.ts';
import { holdsAny } from '../domain/permissions.ts';
import { toTdb } from '../domain/dsa/statement.ts';
import { validateBatch } from '../domain/dsa/tdbValidator.ts';
import { badRequest, forbidden, fromZod, ApiError } from '../http/errors.ts';
import { maskEvidenceBundle, maskValue } from '../rest/masking.ts';
import { evidenceBundle } from '../services/evidence.ts';
import { misuseFigures } from '../services/misuse.ts';
import { reportCsv, transparencyReport } from '../services/transparency.ts';

type Row = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function moderator(req: Request): readonly Role[] {
  if (req.actor?.kind !== 'staff' || !holdsAny(req.actor.roles, ['moderator'])) throw forbidden('Only moderators read DSA records');
  return req.actor.roles;
}

const period = z.strictObject({
  from: z.iso.date('a date YYYY-MM-DD'), to: z.iso.date('a date YYYY-MM-DD'), format: z.enum(['json', 'csv']).optional(),
}).refine((p) => p.from <= p.to, { path: ['to'], message: 'must not be before from' });

const BATCH = 100;

/** DSA reads: evidence bundle, the TDB export, the transparency report, misuse counters. */
export function dsaQueryRouter(db: Knex): Router {
  const router = Router();

  router.get('/dsa-notices/:id/evidence', async (req, res) => {
    const roles = moderator(req);
    const id = Number(req.params.id);
    if (!Number.isSafeInteger(id) || id <= 0) throw badRequest('invalid_id', `"${req.params.id}" is not a valid id`, { id: 'invalid' });
    const bundle = maskEvidenceBundle(await evidenceBundle(db, id), roles);
    res.attachment(`evidence-${(bundle.notice as Row).reference}.json`).json(bundle);
  });

  /** Statements of the period in the TDB's format, in batches of at most 100 (the body of its POST /api/v1/statements). */
  router.get('/statements-of-reasons/export', async (req, res) => {
    moderator(req);
    const p = period.safeParse(req.query);
    if (!p.success) throw fromZod(p.error, 'period');
    const end = new Date(new Date(`${p.data.to}T00:00:00.000Z`).getTime() + 86_400_000).toISOString();
    const rows: Row[] = await db('statements_of_reasons').where('created_at', '>=', `${p.data.from}T00:00:00.000Z`).where('created_at', '<', end).orderBy('id');
    const statements = rows.map(toTdb);
    const batches = Array.from({ length: Math.ceil(statements.length / BATCH) }, (_, i) => ({ statements: statements.slice(i * BATCH, (i + 1) * BATCH) }));
    const seen = new Set<string>();
    const errors = Object.assign({}, ...batches.map((b, i) => Object.fromEntries(Object.entries(validateBatch(b.statements, seen)).map(([k, m]) => [`batch_${i}.${k}`, m]))));
    // Never hand over a statement the TDB would refuse: they are checked when issued, so this is a guard.
    if (Object.keys(errors).length) throw new ApiError(500, 'tdb_export_invalid', 'Some statements would be refused by the Transparency Database', errors);
    res.attachment(`kolet-statements-${p.data.from}-${p.data.to}.json`).json({ count: statements.length, from: p.data.from, to: p.data.to, batches });
  });

  router.get('/dsa/transparency-report', async (req, res) => {
    moderator(req);
    const p = period.safeParse(req.query);
    if (!p.success) throw fromZod(p.error, 'period');
    const report = await transparencyReport(db, p.data.from, p.data.to);
    if (p.data.format === 'csv') res.type('text/csv').attachment(`kolet-transparency-${p.data.from}-${p.data.to}.csv`).send(reportCsv(report));
    else res.json(report);
  });

  /** Art. 23(3): who misuses the service, with the figures a moderator weighs. */
  router.get('/dsa/misuse', async (req, res) => {
    const roles = moderator(req);
    const q = z.strictObject({ subject: z.enum(['notifier', 'author']) }).safeParse(req.query);
    if (!q.success) throw fromZod(q.error, 'query');
    const now = new Date();
    const since = new Date(now.getTime() - 365 * 86_400_000).toISOString();
    // Each notifier with their latest notice: the handle a moderator, who sees the e-mail masked, acts on.
    const subjects: Row[] = q.data.subject === 'notifier'
      ? await db('dsa_notices').where({ manifestly_unfounded: true }).where('received_at', '>=', since).whereNotNull('notifier_email').groupBy('notifier_email').select('notifier_email').max({ notice_id: 'id' }).limit(200)
      : await db('statements_of_reasons').where({ manifestly_illegal: true }).where('created_at', '>=', since).distinct('account_id').limit(200);
    const rows = [];
    for (const s of subjects) {
      const subject = q.data.subject === 'notifier' ? { subject: 'notifier' as const, notifierEmail: s.notifier_email as string } : { subject: 'author' as const, accountId: s.account_id as number };
      const figures = await misuseFigures(db, subject, now);
      const measures: Row[] = await db('misuse_measures').where(subject.subject === 'notifier' ? { subject: 'notifier', notifier_email: subject.notifierEmail } : { subject: 'author', account_id: subject.accountId }).whereNull('lifted_at').orderBy('starts_at', 'desc');
      const warning = measures.find((m) => m.measure === 'warning');
      const suspension = measures.find((m) => m.measure === 'suspension' && new Date(toIso(m.ends_at)!) > now);
      const shown = subject.subject === 'notifier' ? { ...subject, notifierEmail: maskValue('email', subject.notifierEmail, roles), noticeId: Number(s.notice_id) } : subject;
      rows.push({ ...shown, ...figures, warnedAt: toIso(warning?.starts_at), suspendedUntil: toIso(suspension?.ends_at) });
    }
    rows.sort((a, b) => b.manifest - a.manifest || b.proportion - a.proportion);
    res.json(rows);
  });
  return router;
}
