// Customer-data operations (docs/ACCOUNTS.md "Customer data"): read-only queues and histories;
// every change goes through an action (server/actions/customerData.ts).
import {
  ACCESS_REQUEST_STATUSES,
  DELETION_REQUEST_SOURCES,
  DELETION_REQUEST_STATUSES,
  GOODWILL_REASONS,
  GOODWILL_STATUSES,
} from '../../domain/enums.ts';
import { defineFields, f, recordTimestamps } from '../fields.ts';
import type { ResourceDef } from '../resource.ts';

const readOnly = { idColumn: 'id', idType: 'int' } as const;

export const deletionRequests: ResourceDef = {
  ...readOnly,
  name: 'deletion-requests',
  table: 'deletion_requests',
  fields: defineFields({
    id: f.id(),
    accountId: f.int({ filter: true }),
    status: f.enum(DELETION_REQUEST_STATUSES, { sort: true, filter: true }),
    source: f.enum(DELETION_REQUEST_SOURCES, { filter: true }),
    receivedAt: f.timestamp({ sort: true, filter: true }),
    dueAt: f.timestamp({ sort: true, filter: true }),
    completedAt: f.timestamp({ sort: true, filter: true }),
    completedByStaffId: f.int({ filter: true }),
    note: f.text(),
    ...recordTimestamps,
  }),
  defaultSort: ['dueAt', 'ASC'],
};

export const accessRequests: ResourceDef = {
  ...readOnly,
  name: 'access-requests',
  table: 'access_requests',
  fields: defineFields({
    id: f.id(),
    accountId: f.int({ filter: true }),
    status: f.enum(ACCESS_REQUEST_STATUSES, { sort: true, filter: true }),
    receivedAt: f.timestamp({ sort: true, filter: true }),
    dueAt: f.timestamp({ sort: true, filter: true }),
    fulfilledAt: f.timestamp({ sort: true, filter: true }),
    fulfilledByStaffId: f.int({ filter: true }),
    exportCount: f.int(),
    note: f.text({ personal: 'correspondence' }),
    ...recordTimestamps,
  }),
  defaultSort: ['dueAt', 'ASC'],
};

export const goodwillCredits: ResourceDef = {
  ...readOnly,
  name: 'goodwill-credits',
  table: 'goodwill_credits',
  fields: defineFields({
    id: f.id(),
    accountId: f.int({ filter: true }),
    accountPlanId: f.int({ filter: true }),
    mb: f.int({ sort: true }),
    reasonCode: f.enum(GOODWILL_REASONS, { filter: true }),
    note: f.text(),
    transferId: f.int({ filter: true }),
    status: f.enum(GOODWILL_STATUSES, { sort: true, filter: true }),
    requestedByStaffId: f.int({ filter: true }),
    decidedByStaffId: f.int({ filter: true }),
    decidedAt: f.timestamp({ sort: true }),
    ledgerEntryId: f.int(),
    ...recordTimestamps,
  }),
  defaultSort: ['createdAt', 'DESC'],
};

export const accountEmailChanges: ResourceDef = {
  ...readOnly,
  name: 'account-email-changes',
  table: 'account_email_changes',
  fields: defineFields({
    id: f.id(),
    accountId: f.int({ filter: true }),
    oldEmail: f.text({ personal: 'email' }),
    newEmail: f.text({ personal: 'email' }),
    reason: f.text(),
    staffId: f.int({ filter: true }),
    createdAt: f.timestamp({ sort: true, filter: true }),
  }),
  defaultSort: ['createdAt', 'DESC'],
};
