import { whereContains } from '../../db/textSearch.ts';
import { searchTerms } from '../../domain/search/searchQuery.ts';
import { z } from 'zod';
import {
  DSA_AUTOMATED_DECISIONS,
  DSA_COMPLAINT_STATUSES,
  DSA_DECISION_GROUNDS,
  DSA_DECISIONS,
  DSA_NOTICE_STATUSES,
  DSA_SOURCE_TYPES,
  JOB_RUN_STATUSES,
  MISUSE_MEASURES,
  MISUSE_SUBJECTS,
  REVIEW_REMOVAL_GROUNDS,
  REVIEW_REPORT_STATUSES,
  REVIEW_STATUSES,
  SOR_SUBMISSION_STATUSES,
} from '../../domain/enums.ts';
import { CATEGORIES } from '../../domain/dsa/tdb.ts';
import { defineFields, f, recordTimestamps } from '../fields.ts';
import { whereLike, type ResourceDef } from '../resource.ts';

const base = { idColumn: 'id', idType: 'int' } as const;

export const reviews: ResourceDef = {
  ...base,
  name: 'reviews',
  table: 'reviews',
  fields: defineFields({
    id: f.id(),
    accountId: f.int({ filter: true }),
    orderId: f.int({ filter: true }),
    rating: f.int({ sort: true, filter: true }),
    comment: f.text(),
    status: f.enum(REVIEW_STATUSES, { sort: true, filter: true }),
    collectedAt: f.timestamp({ sort: true, filter: true }),
    publishedAt: f.timestamp({ sort: true, filter: true }),
    publishedLate: f.bool({ filter: true }),
    contentUpdatedAt: f.timestamp({ sort: true }),
    deleteAfter: f.timestamp({ sort: true, filter: true }),
    reportCount: f.int({ sort: true, filter: true }),
    severity: f.int({ sort: true, filter: true }),
    lastReportedAt: f.timestamp({ sort: true, filter: true }),
    removalGround: f.enum(REVIEW_REMOVAL_GROUNDS, { filter: true }),
    removalNote: f.text(),
    removedAt: f.timestamp({ sort: true, filter: true }),
    removedByStaffId: f.int({ filter: true }),
    ...recordTimestamps,
  }),
  defaultSort: ['publishedAt', 'DESC'],
  search: (qb, q) => whereLike(qb, 'comment', q, 'contains', true),
  // The moderation queue: published reviews with open reports, most severe, then most reported, then oldest report first.
  customFilters: {
    // Literal, not bound: the partial index reviews_reported_queue (migration 011) serves only a query that names its condition.
    reported: (qb, v) => {
      if (v === 'true') qb.whereRaw("status = 'published' AND report_count > 0");
      else qb.where('report_count', 0);
    },
  },
  thenBy: {
    severity: [
      { column: 'report_count', order: 'desc' },
      { column: 'last_reported_at', order: 'asc' },
    ],
  },
};

export const reviewReports: ResourceDef = {
  ...base,
  name: 'review-reports',
  table: 'review_reports',
  fields: defineFields({
    id: f.id(),
    reviewId: f.int({ filter: true }),
    reporterAccountId: f.int({ filter: true }),
    reporterEmail: f.text({ filter: true, personal: 'email' }),
    reason: f.text({ sort: true, filter: true }),
    note: f.text(),
    severity: f.int({ sort: true, filter: true }),
    status: f.enum(REVIEW_REPORT_STATUSES, { sort: true, filter: true }),
    resolvedAt: f.timestamp({ sort: true }),
    resolvedByStaffId: f.int({ filter: true }),
    noticeId: f.int({ filter: true }),
    ...recordTimestamps,
  }),
  defaultSort: ['createdAt', 'DESC'],
};

const flaggerWritable = {
  name: z.string().trim().min(1).max(200),
  email: z
    .email()
    .max(254)
    .transform((e) => e.toLowerCase()),
  designatedBy: z.string().trim().min(1).max(200),
  active: z.boolean(),
  expertise: z
    .array(z.enum(CATEGORIES as [string, ...string[]]))
    .max(20)
    .nullable(),
  validUntil: z.iso.date().nullable(),
};

export const trustedFlaggers: ResourceDef = {
  ...base,
  name: 'trusted-flaggers',
  table: 'trusted_flaggers',
  fields: defineFields({
    id: f.id(),
    name: f.text({ sort: true, filter: true }),
    email: f.text({ sort: true, filter: true }),
    designatedBy: f.text({ filter: true }),
    active: f.bool({ filter: true }),
    expertise: f.json(),
    validUntil: f.date({ sort: true }),
    ...recordTimestamps,
  }),
  defaultSort: ['name', 'ASC'],
  search: (qb, q) => whereLike(qb, 'name', q, 'contains', true),
  create: z.strictObject({
    ...flaggerWritable,
    active: flaggerWritable.active.default(true),
    expertise: flaggerWritable.expertise.default(null),
    validUntil: flaggerWritable.validUntil.default(null),
  }),
  update: z.strictObject(flaggerWritable).partial(),
};

export const dsaNotices: ResourceDef = {
  ...base,
  name: 'dsa-notices',
  table: 'dsa_notices',
  fields: defineFields({
    id: f.id(),
    reference: f.text({ sort: true, filter: true }),
    status: f.enum(DSA_NOTICE_STATUSES, { sort: true, filter: true }),
    receivedAt: f.timestamp({ sort: true, filter: true }),
    acknowledgedAt: f.timestamp({ sort: true }),
    decisionDueAt: f.timestamp({ sort: true, filter: true }),
    category: f.text({ sort: true, filter: true }),
    explanation: f.text(),
    locations: f.json(),
    reviewId: f.int({ filter: true }),
    authorAccountId: f.int({ filter: true }),
    notifierName: f.text({ personal: 'name' }),
    notifierEmail: f.text({ filter: true, personal: 'email' }),
    goodFaith: f.bool(),
    threatToLife: f.bool({ sort: true, filter: true }),
    trustedFlaggerId: f.int({ filter: true }),
    language: f.text({ filter: true }),
    lockedByStaffId: f.int({ filter: true }),
    lockedAt: f.timestamp(),
    decision: f.enum(DSA_DECISIONS, { filter: true }),
    decidedAt: f.timestamp({ sort: true, filter: true }),
    decidedByStaffId: f.int({ filter: true }),
    automatedDetection: f.bool({ filter: true }),
    automatedDecision: f.bool({ filter: true }),
    escalatedAt: f.timestamp({ sort: true, filter: true }),
    priority: f.int({ sort: true, filter: true }),
    complete: f.bool({ filter: true }),
    legalGround: f.text(),
    memberState: f.text({ filter: true }),
    snapshot: f.json(),
    notifierNotifiedAt: f.timestamp(),
    authorNotifiedAt: f.timestamp(),
    sorExemption: f.text({ filter: true }),
    manifestlyUnfounded: f.bool({ filter: true }),
    decisionNote: f.text(),
    ...recordTimestamps,
  }),
  defaultSort: ['priority', 'DESC'],
  // The queue: threat to life, then trusted flaggers, then the nearest deadline.
  thenBy: { priority: [{ column: 'decision_due_at', order: 'asc' }] },
  // Any part of the reference: "000112", "YJHK", "DSA-2026-YJHKLTES".
  search: (qb, q) => whereContains(qb, 'dsa_notices', 'id', ['reference'], searchTerms(q), true),
};

export const statementsOfReasons: ResourceDef = {
  ...base,
  name: 'statements-of-reasons',
  table: 'statements_of_reasons',
  fields: defineFields({
    id: f.id(),
    puid: f.text({ sort: true, filter: true }),
    noticeId: f.int({ filter: true }),
    reviewId: f.int({ filter: true }),
    accountId: f.int({ filter: true }),
    decisionVisibility: f.json(),
    decisionVisibilityOther: f.text(),
    decisionMonetary: f.text({ filter: true }),
    decisionProvision: f.text({ filter: true }),
    decisionAccount: f.text({ filter: true }),
    accountType: f.text(),
    decisionGround: f.enum(DSA_DECISION_GROUNDS, { filter: true }),
    decisionGroundReferenceUrl: f.text(),
    illegalContentLegalGround: f.text(),
    illegalContentExplanation: f.text(),
    incompatibleContentGround: f.text(),
    incompatibleContentExplanation: f.text(),
    incompatibleContentIllegal: f.text(),
    contentType: f.json(),
    category: f.text({ sort: true, filter: true }),
    categoryAddition: f.json(),
    categorySpecification: f.json(),
    territorialScope: f.json(),
    contentLanguage: f.text(),
    contentDate: f.date({ sort: true }),
    applicationDate: f.date({ sort: true, filter: true }),
    endDateVisibilityRestriction: f.date(),
    endDateMonetaryRestriction: f.date(),
    endDateServiceRestriction: f.date(),
    endDateAccountRestriction: f.date(),
    decisionFacts: f.text(),
    sourceType: f.enum(DSA_SOURCE_TYPES, { filter: true }),
    sourceIdentity: f.text(),
    automatedDetection: f.bool({ filter: true }),
    automatedDecision: f.enum(DSA_AUTOMATED_DECISIONS, { filter: true }),
    createdByStaffId: f.int({ filter: true }),
    createdAt: f.timestamp({ sort: true, filter: true }),
    contentTypeOther: f.text(),
    categorySpecificationOther: f.text(),
    complaintId: f.int({ filter: true }),
    manifestlyIllegal: f.bool({ filter: true }),
    exemption: f.text({ filter: true }),
  }),
  defaultSort: ['createdAt', 'DESC'],
  search: (qb, q) => whereLike(qb, 'puid', q, 'prefix'),
  customFilters: {
    // Where the statement stands with the Transparency Database (docs/TRUST-SAFETY.md "Submission").
    submissionStatus: (qb, v) => {
      qb.whereIn('id', (sub) => {
        sub.select('statement_id').from('sor_submissions').where('status', v);
      });
    },
  },
};

/** One row per statement: its way to the EU Transparency Database (the id is the statement's). */
export const sorSubmissions: ResourceDef = {
  name: 'sor-submissions',
  table: 'sor_submissions',
  idColumn: 'statement_id',
  idType: 'int',
  fields: defineFields({
    id: f.id({ column: 'statement_id' }),
    status: f.enum(SOR_SUBMISSION_STATUSES, { sort: true, filter: true }),
    attempts: f.int({ sort: true, filter: true }),
    nextAttemptAt: f.timestamp({ sort: true }),
    batchId: f.int({ filter: true }),
    submittedAt: f.timestamp({ sort: true, filter: true }),
    acceptedAt: f.timestamp({ sort: true, filter: true }),
    tdbUuid: f.text({ filter: true }),
    tdbPermalink: f.text(),
    error: f.text(),
    errors: f.json(),
    visibilityEndedOn: f.date(),
    serviceEndedOn: f.date(),
    ...recordTimestamps,
  }),
  defaultSort: ['updatedAt', 'DESC'],
};

export const dsaComplaints: ResourceDef = {
  ...base,
  name: 'dsa-complaints',
  table: 'dsa_complaints',
  fields: defineFields({
    id: f.id(),
    reference: f.text({ sort: true, filter: true }),
    statementId: f.int({ filter: true }),
    noticeId: f.int({ filter: true }),
    complainantName: f.text({ personal: 'name' }),
    complainantEmail: f.text({ filter: true, personal: 'email' }),
    text: f.text(),
    status: f.enum(DSA_COMPLAINT_STATUSES, { sort: true, filter: true }),
    receivedAt: f.timestamp({ sort: true, filter: true }),
    decidedAt: f.timestamp({ sort: true, filter: true }),
    decidedByStaffId: f.int({ filter: true }),
    decisionNote: f.text(),
    complainantRole: f.text({ filter: true }),
    informedAt: f.timestamp({ sort: true }),
    deadlineAt: f.timestamp({ sort: true, filter: true }),
    acknowledgedAt: f.timestamp(),
    outcomeStatementId: f.int({ filter: true }),
    ...recordTimestamps,
  }),
  defaultSort: ['receivedAt', 'ASC'],
  search: (qb, q) => whereLike(qb, 'reference', q.toUpperCase(), 'prefix'),
};

export const lawEnforcementReferrals: ResourceDef = {
  ...base,
  name: 'law-enforcement-referrals',
  table: 'law_enforcement_referrals',
  fields: defineFields({
    id: f.id(),
    noticeId: f.int({ filter: true }),
    authority: f.text({ sort: true, filter: true }),
    note: f.text(),
    payload: f.json({ nested: 'evidence-bundle' }),
    referredByStaffId: f.int({ filter: true }),
    referredAt: f.timestamp({ sort: true, filter: true }),
    memberState: f.text({ filter: true }),
    authorityReference: f.text(),
  }),
  defaultSort: ['referredAt', 'DESC'],
};

export const misuseMeasures: ResourceDef = {
  ...base,
  name: 'misuse-measures',
  table: 'misuse_measures',
  fields: defineFields({
    id: f.id(),
    subject: f.enum(MISUSE_SUBJECTS, { filter: true }),
    notifierEmail: f.text({ filter: true, personal: 'email' }),
    accountId: f.int({ filter: true }),
    measure: f.enum(MISUSE_MEASURES, { filter: true }),
    reason: f.text(),
    factors: f.json(),
    startsAt: f.timestamp({ sort: true, filter: true }),
    endsAt: f.timestamp({ sort: true, filter: true }),
    liftedAt: f.timestamp({ sort: true }),
    statementId: f.int({ filter: true }),
    createdByStaffId: f.int({ filter: true }),
    ...recordTimestamps,
  }),
  defaultSort: ['startsAt', 'DESC'],
};

export const jobRuns: ResourceDef = {
  ...base,
  name: 'job-runs',
  table: 'job_runs',
  fields: defineFields({
    id: f.id(),
    job: f.text({ sort: true, filter: true }),
    status: f.enum(JOB_RUN_STATUSES, { sort: true, filter: true }),
    startedAt: f.timestamp({ sort: true, filter: true }),
    finishedAt: f.timestamp({ sort: true }),
    summary: f.json(),
    error: f.text(),
  }),
  defaultSort: ['startedAt', 'DESC'],
};
