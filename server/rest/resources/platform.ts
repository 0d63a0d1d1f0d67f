import { z } from 'zod';
import {
  ACTOR_KINDS,
  AUDIT_OUTCOMES,
  DELIVERY_STATUSES,
  MESSAGE_CHANNELS,
  MESSAGE_STATUSES,
  ROLES,
  SMS_ENCODINGS,
  STAFF_STATUSES,
} from '../../domain/enums.ts';
import { hashPassword } from '../../auth/passwords.ts';
import { endSessions } from '../../auth/sessions.ts';
import { parseJson } from '../../db/values.ts';
import { serialiseStaffChanges } from '../../db/locks.ts';
import type { Role } from '../../domain/enums.ts';
import { activeAdmins } from '../../domain/staff/signIn.ts';
import { queueMessage } from '../../outbox/outbox.ts';
import { passwordChangedNotice } from '../../outbox/staffMessages.ts';
import { badRequest, ruleRefused } from '../../http/errors.ts';
import { settingValueProblem } from '../../settings.ts';
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
    priority: f.int({ filter: true }),
    transport: f.text({ filter: true }),
    smsEncoding: f.enum(SMS_ENCODINGS, { filter: true }),
    smsSegments: f.int(),
    deliveryStatus: f.enum(DELIVERY_STATUSES, { sort: true, filter: true }),
    deliveryErrorCode: f.text(),
    deliveryUpdatedAt: f.timestamp({ sort: true }),
    deliveredAt: f.timestamp({ sort: true }),
    ...recordTimestamps,
  }),
  defaultSort: ['createdAt', 'DESC'],
  search: (qb, q) => whereLike(qb, 'to_address', q.toLowerCase(), 'prefix'),
  lookups: { q: 'contact' },
};

const password = z.string().min(12, 'at least 12 characters').max(200);
const staffWritable = {
  name: z.string().trim().min(1).max(120),
  roles: z
    .array(z.enum(ROLES))
    .min(1, 'at least one role')
    .max(ROLES.length)
    .transform((r) => [...new Set(r)]),
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
    // When two-factor sign-in was set up (null: off); the secret itself is never read out.
    twoFactorEnabledAt: f.timestamp({ column: 'totp_enabled_at', sort: true }),
    ...recordTimestamps,
  }),
  defaultSort: ['email', 'ASC'],
  search: (qb, q) => {
    whereLike(qb, 'email', q.toLowerCase(), 'prefix');
    whereLike(qb, 'name', q, 'contains', true);
  },
  create: z.strictObject({
    email: z.string().trim().toLowerCase().pipe(z.email().max(254)),
    ...staffWritable,
    status: staffWritable.status.default('active'),
  }),
  update: z.strictObject(staffWritable).partial(),
  toRow: async (input) => {
    const { password: plain, roles, ...rest } = input;
    const row: Record<string, unknown> = { ...rest };
    if (roles !== undefined) row.roles = JSON.stringify(roles);
    if (typeof plain === 'string') row.password_hash = await hashPassword(plain);
    return Object.fromEntries(Object.entries(row).map(([k, v]) => [k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`), v]));
  },
  auditRedact: ['password'],
  // Changes to roles and status are serialised, so that two admins demoting each other cannot both succeed.
  beforeWrite: async ({ trx }) => {
    await serialiseStaffChanges(trx);
  },
  afterWrite: async (ctx, before, after, input) => {
    const { trx, actor, now, sessionId } = ctx;
    const wasAdmin = before && before.status === 'active' && (before.roles as string[]).includes('admin');
    if (wasAdmin && !(after.status === 'active' && (after.roles as string[]).includes('admin'))) {
      const seats = (await trx('staff').where({ status: 'active' }).select('id', 'roles', 'status')).map(
        (r: { id: number; roles: unknown; status: string }) => ({ ...r, roles: parseJson(r.roles) as Role[] }),
      );
      if (activeAdmins(seats) === 0)
        throw ruleRefused('last_admin', 'This is the last active admin: make someone else admin first, or nobody could manage staff', {
          roles: 'last admin',
        });
    }
    // A new password (reset by an admin) or a disabled account ends the person's other sessions (issue 13, observation 4).
    if (before && (typeof input.password === 'string' || after.status === 'disabled')) {
      await endSessions(trx, after.id as number, now, actor.kind === 'staff' && actor.id === after.id ? sessionId : undefined);
    }
    if (before && typeof input.password === 'string')
      await queueMessage(
        trx,
        passwordChangedNotice({ id: after.id as number, email: after.email as string }, actor.kind === 'staff' ? actor.name : null),
        now,
      );
  },
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
  // Free text: an action or an actor's e-mail by its start, a record's id or a request id exactly, and
  // any word of a reason (a scan of the reasons: the audit log is read by admins, 25 rows a page).
  search: (qb, q) => {
    whereLike(qb, 'action', q, 'prefix');
    whereLike(qb, 'actor_email', q.toLowerCase(), 'prefix');
    qb.orWhere('entity_id', q).orWhere('request_id', q);
    whereLike(qb, 'reason', q, 'contains', true);
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
  // A positive whole number (minutes, attempts, cents, hours) or a list of roles, as the setting's default is.
  update: z.strictObject({ value: z.union([z.number().int().positive(), z.array(z.enum(ROLES)).max(ROLES.length)]) }).partial(),
  afterWrite: async (_ctx, _before, after) => {
    const problem = settingValueProblem(String(after.id), after.value, ROLES);
    if (problem) throw badRequest('invalid_input', `Invalid body: value ${problem}`, { value: problem });
  },
};
