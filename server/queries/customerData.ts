// GDPR Art. 15 and 20: everything the back office holds about one customer, as machine-readable
// JSON and a readable HTML summary, in a ZIP (docs/ACCOUNTS.md "Customer data"). The export is
// complete whatever the role's masking (it is the customer's own data, for the customer); it is
// audited, and it marks the access request fulfilled.
import type { Router } from 'express';
import type { Knex } from 'knex';
import { appendAudit } from '../audit/auditLog.ts';
import { escapeHtml } from '../public/html.ts';
import { notFound } from '../http/errors.ts';
import { parseId } from '../http/ids.ts';
import { grantedRouter } from './grantedRouter.ts';
import { requestFacts } from '../http/requestContext.ts';

type Row = Record<string, unknown>;

/** Every table holding something about the account, read by the account's id (and its plans, reviews, notices). */
export async function customerDataset(db: Knex | Knex.Transaction, accountId: number): Promise<Record<string, Row[]>> {
  const planIds = db('account_plans').where({ account_id: accountId }).select('id');
  const reviewIds = db('reviews').where({ account_id: accountId }).select('id');
  const noticeIds = db('dsa_notices').where({ author_account_id: accountId }).orWhereIn('review_id', reviewIds).select('id');
  const account = await db('accounts').where({ id: accountId });
  return {
    accounts: account,
    account_email_changes: await db('account_email_changes').where({ account_id: accountId }).orderBy('id'),
    esims: await db('esims').where({ account_id: accountId }).orderBy('id'),
    account_plans: await db('account_plans').where({ account_id: accountId }).orderBy('id'),
    data_ledger: await db('data_ledger').whereIn('account_plan_id', planIds).orderBy('id'),
    esim_moves: await db('esim_moves').whereIn('account_plan_id', planIds).orderBy('id'),
    usage_records: await db('usage_records').whereIn('account_plan_id', planIds).orderBy('id'),
    usage_alerts: await db('usage_alerts').whereIn('account_plan_id', planIds).orderBy('id'),
    blocks: await db('blocks').where({ account_id: accountId }).orderBy('id'),
    orders: await db('orders').where({ account_id: accountId }).orderBy('id'),
    transfers: await db('transfers')
      .where({ sender_account_id: accountId })
      .orWhere({ recipient_account_id: accountId })
      .orWhere({ redirected_to_account_id: accountId })
      .orderBy('id'),
    refunds: await db('refunds').where({ account_id: accountId }).orderBy('id'),
    goodwill_credits: await db('goodwill_credits').where({ account_id: accountId }).orderBy('id'),
    referrals: await db('referrals').where({ sponsor_account_id: accountId }).orWhere({ referred_account_id: accountId }).orderBy('id'),
    promo_redemptions: await db('promo_redemptions').where({ account_id: accountId }).orderBy('id'),
    reviews: await db('reviews').where({ account_id: accountId }).orderBy('id'),
    review_reports: await db('review_reports').where({ reporter_account_id: accountId }).orWhereIn('review_id', reviewIds).orderBy('id'),
    dsa_notices: await db('dsa_notices').whereIn('id', noticeIds).orderBy('id'),
    statements_of_reasons: await db('statements_of_reasons')
      .where({ account_id: accountId })
      .orWhereIn('review_id', reviewIds)
      .orderBy('id'),
    misuse_measures: await db('misuse_measures').where({ account_id: accountId }).orderBy('id'),
    messages: await db('messages').where({ account_id: accountId }).orderBy('id'),
    sms_opt_outs: await db('sms_opt_outs').where({ account_id: accountId }).orderBy('id'),
    deletion_requests: await db('deletion_requests').where({ account_id: accountId }).orderBy('id'),
    access_requests: await db('access_requests').where({ account_id: accountId }).orderBy('id'),
    customer_complaints: await db('customer_complaints').where({ account_id: accountId }).orderBy('id'),
    customer_notice_recipients: await db('customer_notice_recipients').where({ account_id: accountId }).orderBy('id'),
    // Staff actions about the account: entries on the account itself and on its requests (who, what, when, why).
    audit_log: await db('audit_log')
      .where({ entity: 'accounts', entity_id: String(accountId) })
      .select('id', 'at', 'actor_kind', 'actor_email', 'action', 'entity', 'entity_id', 'reason', 'outcome')
      .orderBy('id'),
  };
}

const cell = (v: unknown) => escapeHtml(v == null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));

/** A readable page: one section per table, each with its rows. */
export function summaryHtml(accountId: number, data: Record<string, Row[]>, at: Date): string {
  const sections = Object.entries(data)
    .map(([table, rows]) => {
      const cols = [...new Set(rows.flatMap((r) => Object.keys(r)))];
      const body = rows.length
        ? `<table><thead><tr>${cols.map((c) => `<th>${cell(c)}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${cols.map((c) => `<td>${cell(r[c])}</td>`).join('')}</tr>`).join('')}</tbody></table>`
        : '<p>—</p>';
      return `<section><h2>${cell(table)} (${rows.length})</h2>${body}</section>`;
    })
    .join('\n');
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Kolet — données du compte ${accountId} / account data</title>
<style>body{font:14px system-ui,sans-serif;margin:2em}table{border-collapse:collapse;font-size:12px}td,th{border:1px solid #ccc;padding:2px 6px;text-align:left;vertical-align:top}</style></head>
<body><h1>Kolet — vos données / your data (compte / account #${accountId})</h1><p>${cell(at.toISOString())}</p>${sections}</body></html>`;
}

export function customerDataRouter(db: Knex): Router {
  const { router, post } = grantedRouter();
  post('/access-requests/:id/export', 'access-requests.export', async (req, res) => {
    const id = parseId(req.params.id);
    const now = new Date();
    const { default: JSZip } = await import('jszip'); // loaded at the first export, not at start
    const { zip, accountId } = await db.transaction(async (trx) => {
      const request = await trx('access_requests').where({ id }).first();
      if (!request) throw notFound(`Access request ${id} not found`);
      const data = await customerDataset(trx, request.account_id);
      const file = new JSZip();
      file.file('data.json', JSON.stringify({ accountId: request.account_id, exportedAt: now.toISOString(), tables: data }, null, 2));
      file.file('summary.html', summaryHtml(request.account_id, data, now));
      const at = now.toISOString();
      await trx('access_requests')
        .where({ id })
        .update({
          status: 'fulfilled',
          fulfilled_at: request.fulfilled_at ?? at,
          fulfilled_by_staff_id: request.fulfilled_by_staff_id ?? (req.actor!.kind === 'staff' ? req.actor!.id : null),
          export_count: request.export_count + 1,
          updated_at: at,
          version: request.version + 1,
        });
      await appendAudit(trx, {
        actor: req.actor!,
        action: 'access-requests.export',
        entity: 'access-requests',
        entityId: id,
        after: {
          accountId: request.account_id,
          tables: Object.keys(data).length,
          rows: Object.values(data).reduce((n, r) => n + r.length, 0),
        },
        at: now,
        ...requestFacts(req),
      });
      return { zip: await file.generateAsync({ type: 'nodebuffer' }), accountId: request.account_id };
    });
    res.set('Content-Type', 'application/zip');
    res.set('Content-Disposition', `attachment; filename="kolet-account-${accountId}-data.zip"`);
    res.send(zip);
  });
  return router;
}
