import type { Router } from 'express';
import type { Knex } from 'knex';
import { z } from 'zod';
import { parseId } from '../http/ids.ts';
import { fromZod } from '../http/errors.ts';
import { grantedRouter } from './grantedRouter.ts';
import { notFound } from '../http/errors.ts';
import { deactivationPreview } from '../services/accountLifecycle.ts';
import { accountOverview, searchAccounts } from '../services/accountOverview.ts';
import { searchEverything, SEARCH_LIMIT_DEFAULT } from '../services/search.ts';
import { accountTimeline, TIMELINE_KINDS } from '../services/accountTimeline.ts';

const searchQuery = z.strictObject({
  q: z.string().trim().min(2, 'type at least 2 characters').max(254),
  limit: z.coerce.number().int().min(1).max(20).default(SEARCH_LIMIT_DEFAULT),
});

const timelineQuery = z.strictObject({
  kinds: z
    .string()
    .optional()
    .transform((v) => (v ? v.split(',').map((k) => k.trim()) : [...TIMELINE_KINDS]))
    .pipe(z.array(z.enum(TIMELINE_KINDS)).min(1)),
});

/** The search box and the customer 360. */
export function accountQueryRouter(db: Knex): Router {
  const { router, get } = grantedRouter();
  get('/accounts/search', 'accounts.search', async (req, res, roles) => {
    const q = z.strictObject({ q: z.string().trim().min(2, 'type at least 2 characters').max(254) }).safeParse(req.query);
    if (!q.success) throw fromZod(q.error, 'query');
    res.json({ matches: await searchAccounts(db, q.data.q, roles) });
  });
  // The app bar's one search: every kind of record the role reads, grouped and ranked (docs/SEARCH.md).
  get('/search', 'search', async (req, res, roles) => {
    const q = searchQuery.safeParse(req.query);
    if (!q.success) throw fromZod(q.error, 'query');
    res.json({ q: q.data.q, groups: await searchEverything(db, q.data.q, roles, q.data.limit) });
  });
  get('/accounts/:id/overview', 'accounts.overview', async (req, res, roles) => {
    const id = parseId(req.params.id);
    res.json(await accountOverview(db, id, roles));
  });
  // The 360's one activity timeline, newest first, filterable by kind (`?kinds=order,refund`).
  get('/accounts/:id/timeline', 'accounts.timeline', async (req, res, roles) => {
    const id = parseId(req.params.id);
    const q = timelineQuery.safeParse(req.query);
    if (!q.success) throw fromZod(q.error, 'query');
    res.json(await accountTimeline(db, id, roles, q.data.kinds));
  });
  // What a deactivation will touch (open refunds, pending transfers sent, running plans): the agent sees it first.
  get('/accounts/:id/deactivation-preview', 'accounts.deactivation-preview', async (req, res) => {
    const id = parseId(req.params.id);
    if (!(await db('accounts').where({ id }).first('id'))) throw notFound(`Account ${id} not found`);
    res.json(await deactivationPreview(db, id));
  });
  return router;
}
