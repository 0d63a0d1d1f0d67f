// Customer complaints (GCU §14, GCS §14, §18) and notices to customers (GCU §10.1, GCS §10.2):
// docs/ACCOUNTS.md "Complaints" and "Notices". Read-only: every change goes through an action
// (server/actions/complaints.ts).
import {
  CUSTOMER_COMPLAINT_CHANNELS,
  CUSTOMER_COMPLAINT_OUTCOMES,
  CUSTOMER_COMPLAINT_STATUSES,
  CUSTOMER_NOTICE_AUDIENCES,
  CUSTOMER_NOTICE_KINDS,
  CUSTOMER_NOTICE_STATUSES,
} from '../../domain/enums.ts';
import { defineFields, f, recordTimestamps } from '../fields.ts';
import type { ResourceDef } from '../resource.ts';

const readOnly = { idColumn: 'id', idType: 'int' } as const;

export const customerComplaints: ResourceDef = {
  ...readOnly,
  name: 'customer-complaints',
  table: 'customer_complaints',
  fields: defineFields({
    id: f.id(),
    accountId: f.int({ filter: true }),
    channel: f.enum(CUSTOMER_COMPLAINT_CHANNELS, { filter: true }),
    subject: f.text({ personal: 'correspondence' }),
    body: f.text({ personal: 'correspondence' }),
    orderId: f.int({ filter: true }),
    refundId: f.int({ filter: true }),
    transferId: f.int({ filter: true }),
    status: f.enum(CUSTOMER_COMPLAINT_STATUSES, { sort: true, filter: true }),
    receivedAt: f.timestamp({ sort: true, filter: true }),
    dueAt: f.timestamp({ sort: true, filter: true }),
    acknowledgedAt: f.timestamp({ sort: true }),
    loggedByStaffId: f.int({ filter: true }),
    assignedStaffId: f.int({ filter: true }),
    outcome: f.enum(CUSTOMER_COMPLAINT_OUTCOMES, { filter: true }),
    answer: f.text({ personal: 'correspondence' }),
    answeredAt: f.timestamp({ sort: true, filter: true }),
    answeredByStaffId: f.int({ filter: true }),
    notSatisfiedAt: f.timestamp({ sort: true }),
    mediatorDetails: f.text(),
    mediatorSentAt: f.timestamp({ sort: true, filter: true }),
    closedAt: f.timestamp({ sort: true }),
    ...recordTimestamps,
  }),
  defaultSort: ['dueAt', 'ASC'],
};

export const customerNotices: ResourceDef = {
  ...readOnly,
  name: 'customer-notices',
  table: 'customer_notices',
  fields: defineFields({
    id: f.id(),
    kind: f.enum(CUSTOMER_NOTICE_KINDS, { filter: true }),
    subjectFr: f.text(),
    bodyFr: f.text(),
    subjectEn: f.text(),
    bodyEn: f.text(),
    audience: f.enum(CUSTOMER_NOTICE_AUDIENCES, { filter: true }),
    countryCode: f.text({ filter: true }),
    effectiveOn: f.date({ sort: true }),
    status: f.enum(CUSTOMER_NOTICE_STATUSES, { sort: true, filter: true }),
    recipientCount: f.int({ sort: true }),
    queuedCount: f.int(),
    createdByStaffId: f.int({ filter: true }),
    sentByStaffId: f.int({ filter: true }),
    sentAt: f.timestamp({ sort: true, filter: true }),
    completedAt: f.timestamp({ sort: true }),
    ...recordTimestamps,
  }),
  defaultSort: ['createdAt', 'DESC'],
};
