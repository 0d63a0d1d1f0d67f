import { z } from 'zod';
import { ACTOR_KINDS, AUDIT_OUTCOMES, MESSAGE_CHANNELS, MESSAGE_STATUSES, ROLES, STAFF_STATUSES } from '../../domain/enums.ts';
import { hashPassword } from '../../auth/passwords.ts';
import { defineFields, f, recordTimestamps } from '../fields.ts';
import { whereLike, type ResourceDef } from '../resource.ts';

export const messages: ResourceDef = {
  name: 'messages',
  table: 'messages',
  idColumn: 'id',
  idType: 'int',
  fields: defineFields({
    id: f.id(),
    accountId: f.int({ filter: true }),
    channel: f.enum(MESSAGE_CHANNELS, { filter: true }),
    toAddress: f.text({ sort: true, filter: true, personal: 'contact' }),
    template: f.text({ sort: true, filter: true }),
    subject: f.text({ personal: 'correspondence' }),
    body: f.text({ personal: 'correspondence' }),
    locale: f.text({ filter: true }),
    status: f.enum(MESSAGE_STATUSES, { sort: true, filter: true }),
    attempts: f.int({ sort: true, filter: true }),
    nextAttemptAt: f.timestamp({ sort: true, filter: true }),
    lastError: f.text({ personal: 'correspondence' }),
    providerMessageId: f.text(),
    sentAt: f.timestamp({ sort: true, filter: true }),
    relatedEntity: f.text({ filter: true }),
    relatedId: f.text({ filter: true }),
    ...recordTimestamps,
  }),
  defaultSort: ['createdAt', 'DESC'],
  search: (qb, q) => whereLike(qb, 'to_address', q.toLowerCase(), 'prefix'),
  lookups: { q: 'contact' },
};

const password = z.string().min(12, 'at least 12 characters').max(200);
const staffWritable = {
  name: z.string().trim().min(1).max(120),
  roles: z.array(z.enum(ROLES)).min(1, 'at least one role').max(ROLES.length).transform((r) => [...new Set(r)]),
  status: z.enum(STAFF_STATUSES),
  password,
};

export const staff: ResourceDef = {
  name: 'staff',
  table: 'staff',
  idColumn: 'id',
  idType: 'int',
  fields: defineFields({
    id: f.id(),
    email: f.text({ sort: true, filter: true }),
    name: f.text({ sort: true, filter: true }),
    roles: f.json(),
    status: f.enum(STAFF_STATUSES, { sort: true, filter: true }),
    lastLoginAt: f.timestamp({ sort: true, filter: true }),
    ...recordTimestamps,
  }),
  defaultSort: ['email', 'ASC'],
  search: (qb, q) => {
    whereLike(qb, 'email', q.toLowerCase(), 'prefix');
    whereLike(qb, 'name', q, 'contains', true);
  },
  create: z.strictObject({ email: z.string().trim().toLowerCase().pipe(z.email().max(254)), ...staffWritable, status: staffWritable.status.default('active') }),
  update: z.strictObject(staffWritable).partial(),
  toRow: async (input) => {
    const { password: plain, roles, ...rest } = input;
    const row: Record<string, unknown> = { ...rest };
    if (roles !== undefined) row.roles = JSON.stringify(roles);
    if (typeof plain === 'string') row.password_hash = await hashPassword(plain);
    return Object.fromEntries(Object.entries(row).map(([k, v]) => [k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`), v]));
  },
  auditRedact: ['password'],
};

export const auditLog: ResourceDef = {
  name: 'audit-log',
  table: 'audit_log',
  idColumn: 'id',
  idType: 'int',
  fields: defineFields({
    id: f.id(),
    at: f.timestamp({ sort: true, filter: true }),
    actorKind: f.enum(ACTOR_KINDS, { filter: true }),
    actorId: f.int({ filter: true }),
    actorEmail: f.text({ sort: true, filter: true }),
    actorRoles: f.json(),
    action: f.text({ sort: true, filter: true }),
    entity: f.text({ sort: true, filter: true }),
    entityId: f.text({ filter: true }),
    before: f.json({ nested: 'audit-values' }),
    after: f.json({ nested: 'audit-values' }),
    reason: f.text(),
    outcome: f.enum(AUDIT_OUTCOMES, { filter: true }),
    requestId: f.text({ filter: true }),
    idempotencyKey: f.text({ filter: true }),
    ip: f.text({ filter: true, personal: 'network' }),
    userAgent: f.text({ personal: 'network' }),
    prevHash: f.text(),
    hash: f.text(),
  }),
  defaultSort: ['id', 'DESC'],
  search: (qb, q) => {
    whereLike(qb, 'action', q, 'prefix');
    whereLike(qb, 'actor_email', q.toLowerCase(), 'prefix');
  },
};

export const settings: ResourceDef = {
  name: 'settings',
  table: 'settings',
  idColumn: 'id',
  idType: 'text',
  fields: defineFields({
    id: f.text({ sort: true, filter: true }),
    value: f.json(),
    description: f.text(),
    ...recordTimestamps,
  }),
  defaultSort: ['id', 'ASC'],
  // Every setting today is a positive whole number (minutes, attempts, cents, hours).
  update: z.strictObject({ value: z.number().int().positive() }).partial(),
};
