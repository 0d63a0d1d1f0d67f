// Customer complaints (GCU §14, GCS §14, §18) and notices to customers (GCU §10.1, GCS §10.2):
// docs/ACCOUNTS.md "Complaints" and "Notices". Each action is one transaction with its audit entry.
import { z } from 'zod';
import {
  CUSTOMER_COMPLAINT_CHANNELS,
  CUSTOMER_COMPLAINT_OUTCOMES,
  CUSTOMER_NOTICE_AUDIENCES,
  CUSTOMER_NOTICE_KINDS,
} from '../domain/enums.ts';
import { rowToRecord } from '../rest/fields.ts';
import { customerComplaints, customerNotices } from '../rest/resources/complaints.ts';
import { answerComplaint, closeComplaint, logComplaint, referToMediator, startComplaint } from '../services/complaints.ts';
import { composeNotice, sendNotice } from '../services/notices.ts';
import { defineAction } from './action.ts';

const id = z.number().int().positive();
const record = (row: object) => rowToRecord(customerComplaints.fields, row);

export const logComplaintAction = defineAction({
  resource: 'accounts',
  name: 'log-complaint',
  summary:
    "Register a customer's written complaint (GCU §14: e-mail, chat, post, or a call), linked to an order, refund or transfer of theirs; the acknowledgement goes out with it and the answer clock starts (setting complaint_answer_days)",
  idempotencyKey: 'optional',
  resultResource: 'customer-complaints',
  body: z.strictObject({
    channel: z.enum(CUSTOMER_COMPLAINT_CHANNELS),
    subject: z.string().trim().min(3, 'say what it is about (3 characters at least)').max(200),
    body: z.string().trim().min(10, "the customer's words (10 characters at least)").max(20000),
    orderId: id.nullable().optional(),
    refundId: id.nullable().optional(),
    transferId: id.nullable().optional(),
    receivedAt: z.iso.datetime({ offset: true }).optional(),
  }),
  run: async (ctx) => {
    const b = ctx.body;
    const row = await logComplaint(ctx, Number(ctx.id), { ...b, receivedAt: b.receivedAt ? new Date(b.receivedAt) : undefined });
    const r = record(row);
    return {
      result: r,
      audit: {
        entity: 'customer-complaints',
        entityId: r.id as number,
        after: {
          accountId: r.accountId,
          channel: r.channel,
          status: r.status,
          dueAt: r.dueAt,
          orderId: r.orderId,
          refundId: r.refundId,
          transferId: r.transferId,
        },
      },
    };
  },
});

const move = (name: 'start' | 'close' | 'refer-mediator', summary: string, work: typeof startComplaint) =>
  defineAction({
    resource: 'customer-complaints',
    name,
    summary,
    idempotencyKey: 'optional',
    body: z.strictObject({ note: z.string().trim().max(2000).optional() }),
    run: async (ctx) => {
      const { before, complaint } = await work(ctx, Number(ctx.id));
      const r = record(complaint);
      return {
        result: r,
        audit: {
          before: { status: before.status },
          after: { status: r.status, ...(name === 'refer-mediator' ? { mediatorSentAt: r.mediatorSentAt } : {}) },
          reason: ctx.body.note ?? null,
        },
      };
    },
  });

export const answerComplaintAction = defineAction({
  resource: 'customer-complaints',
  name: 'answer',
  summary: 'Answer the complaint in writing: the outcome (upheld, partially upheld, rejected) and the words the customer receives',
  idempotencyKey: 'optional',
  body: z.strictObject({
    outcome: z.enum(CUSTOMER_COMPLAINT_OUTCOMES),
    answer: z.string().trim().min(20, 'the answer the customer reads (20 characters at least)').max(20000),
  }),
  run: async (ctx) => {
    const { before, complaint } = await answerComplaint(ctx, Number(ctx.id), ctx.body);
    const r = record(complaint);
    return { result: r, audit: { before: { status: before.status }, after: { status: r.status, outcome: r.outcome }, reason: null } };
  },
});

const text = (max: number) => z.string().max(max);
export const composeNoticeAction = defineAction({
  resource: 'customer-notices',
  name: 'compose',
  collection: true,
  summary:
    'Compose a notice to customers (admins): French and English subject and text, the kind (an interruption, a change of the terms with its effective date, other) and the audience; a draft until sent',
  idempotencyKey: 'optional',
  body: z.strictObject({
    kind: z.enum(CUSTOMER_NOTICE_KINDS),
    subjectFr: text(200),
    bodyFr: text(20000),
    subjectEn: text(200),
    bodyEn: text(20000),
    audience: z.enum(CUSTOMER_NOTICE_AUDIENCES),
    country: z.string().trim().max(2).nullable().optional(),
    effectiveOn: z.iso.date().nullable().optional(),
  }),
  run: async (ctx) => {
    const r = rowToRecord(customerNotices.fields, await composeNotice(ctx, ctx.body));
    return {
      result: r,
      audit: {
        entity: 'customer-notices',
        entityId: r.id as number,
        after: {
          kind: r.kind,
          audience: r.audience,
          countryCode: r.countryCode,
          effectiveOn: r.effectiveOn,
          subjectFr: r.subjectFr,
          subjectEn: r.subjectEn,
        },
      },
    };
  },
});

export const sendNoticeAction = defineAction({
  resource: 'customer-notices',
  name: 'send',
  summary:
    'Send the notice (admins): its audience is frozen now and each customer gets it in their language through the outbox, in batches behind other messages; once only (409 notice_already_sent)',
  idempotencyKey: 'required',
  body: z.strictObject({}),
  run: async (ctx) => {
    const { notice, recipients } = await sendNotice(ctx, Number(ctx.id));
    const r = rowToRecord(customerNotices.fields, notice);
    return { result: r, audit: { before: { status: 'draft' }, after: { status: r.status, recipientCount: recipients }, reason: null } };
  },
});

export const COMPLAINT_ACTIONS = [
  logComplaintAction,
  move('start', 'Take the complaint: it is in progress, yours', startComplaint),
  answerComplaintAction,
  move(
    'refer-mediator',
    "The customer is not satisfied with the answer: send them the consumer mediator's details (GCS §18, setting consumer_mediator) and record it",
    referToMediator,
  ),
  move('close', 'Close the answered complaint (the customer accepted the answer or did not come back)', closeComplaint),
  composeNoticeAction,
  sendNoticeAction,
];
