import { z } from 'zod';
import { rowToRecord } from '../rest/fields.ts';
import { plans } from '../rest/resources/catalog.ts';
import { changePrices, clonePlan, importPlans } from '../services/catalog.ts';
import { defineAction } from './action.ts';

/** Copies a plan, as drafts, to other countries. */
export const clonePlanAction = defineAction({
  resource: 'plans',
  name: 'clone',
  summary: 'Copy a plan, as drafts, to other countries',
  idempotencyKey: 'optional',
  body: z.strictObject({
    countryCodes: z
      .array(
        z
          .string()
          .trim()
          .toUpperCase()
          .regex(/^[A-Z]{2}$/),
      )
      .min(1)
      .max(50)
      .transform((c) => [...new Set(c)]),
  }),
  run: async (ctx) => {
    const created = (await clonePlan(ctx, Number(ctx.id), ctx.body.countryCodes)).map((p) => rowToRecord(plans.fields, p));
    return { result: { created }, audit: { after: { createdPlanIds: created.map((p) => p.id), countryCodes: ctx.body.countryCodes } } };
  },
});

/** A price change by percentage on a selection: a dry run previews exactly what applying does. */
export const priceChangeAction = defineAction({
  resource: 'plans',
  name: 'price-change',
  collection: true,
  summary: 'Change the price of selected plans by a percentage (dryRun: preview)',
  idempotencyKey: 'optional',
  body: z.strictObject({
    planIds: z
      .array(z.number().int().positive())
      .min(1)
      .max(500)
      .transform((ids) => [...new Set(ids)]),
    percent: z
      .number()
      .min(-90)
      .max(300)
      .refine((p) => Number.isInteger(Math.round(p * 100)) && Math.abs(p * 100 - Math.round(p * 100)) < 1e-9, 'at most 2 decimals'),
    dryRun: z.boolean(),
    /** Why (required to apply a change, kept in the price history; optional for the preview). */
    reason: z.string().trim().max(500).optional(),
  }),
  run: async (ctx) => {
    const result = await changePrices(ctx, ctx.body.planIds, ctx.body.percent, ctx.body.dryRun, ctx.body.reason ?? null);
    return {
      result: { ...result },
      audit: ctx.body.dryRun
        ? null
        : {
            after: {
              percent: ctx.body.percent,
              reason: ctx.body.reason,
              changes: result.changes.map((c) => [c.planId, c.oldPriceCents, c.newPriceCents]),
            },
          },
    };
  },
});

/** Imports a country's plans from CSV (the export's format); a dry run reports without writing. */
export const importPlansAction = defineAction({
  resource: 'countries',
  name: 'plans-import',
  summary: "Import a country's plans from CSV (dryRun: report only)",
  idempotencyKey: 'optional',
  body: z.strictObject({ csv: z.string().min(1).max(1_000_000), dryRun: z.boolean() }),
  run: async (ctx) => {
    const report = await importPlans(ctx, ctx.id.toUpperCase(), ctx.body.csv, ctx.body.dryRun);
    return {
      result: { ...report },
      audit: report.applied ? { after: { created: report.created.length, updated: report.updated.map((u) => u.id) } } : null,
    };
  },
});

export const CATALOG_ACTIONS = [clonePlanAction, priceChangeAction, importPlansAction];
