import type { Knex } from 'knex';
import { toIso } from '../db/values.ts';
import { attemptNumbers } from '../domain/refunds/payouts.ts';
import { getSetting } from '../settings.ts';
import { notFound } from '../http/errors.ts';
import type { Role } from '../domain/enums.ts';
import { rowToRecord } from '../rest/fields.ts';
import { maskFields } from '../rest/masking.ts';
import { refunds } from '../rest/resources/money.ts';
import { auditLog, messages } from '../rest/resources/platform.ts';
import type { AuditLogRow, MessagesRow, RefundApprovalsRow, RefundPayoutsRow, RefundsRow, StaffRow } from '../db/rows.generated.ts';

/** An approval with its approver. */
type ApprovalWithStaffRow = RefundApprovalsRow & { staff_email: StaffRow['email']; staff_name: StaffRow['name'] };

/**
 * A refund case and its history for finance: the approvals (four eyes), every payout
 * attempt, the messages sent to the customer and the staff actions from the audit log.
 */
export async function refundHistory(db: Knex, id: number, roles: readonly Role[]) {
  const row: RefundsRow | undefined = await db('refunds').where({ id }).first();
  if (!row) throw notFound(`Refund ${id} not found`);
  const [approvals, payouts, sent, audit]: [ApprovalWithStaffRow[], RefundPayoutsRow[], MessagesRow[], AuditLogRow[]] = await Promise.all([
    db('refund_approvals as a')
      .join('staff as s', 's.id', 'a.staff_id')
      .where('a.refund_id', id)
      .orderBy('a.id')
      .select('a.*', 's.email as staff_email', 's.name as staff_name'),
    db('refund_payouts').where({ refund_id: id }).orderBy('id'),
    db('messages')
      .where({ related_entity: 'refunds', related_id: String(id) })
      .orderBy('id'),
    db('audit_log')
      .where({ entity: 'refunds', entity_id: String(id) })
      .orderBy('id'),
  ]);
  const attempts = attemptNumbers(payouts as { status: 'succeeded' | 'failed' }[]);
  return {
    refund: maskFields(refunds.fields, rowToRecord(refunds.fields, row), roles),
    /** Above this amount an approval needs a second, different finance approver. */
    fourEyesThresholdCents: await getSetting(db, 'four_eyes_threshold_cents'),
    approvals: approvals.map((a) => ({
      id: a.id,
      staffId: a.staff_id,
      staffEmail: a.staff_email,
      staffName: a.staff_name,
      amountCents: a.amount_cents,
      note: a.note,
      outsidePolicy: Boolean(a.outside_policy),
      createdAt: toIso(a.created_at),
    })),
    /** After this many payout attempts, no more from the console (each attempt is numbered below). */
    payoutMaxAttempts: await getSetting(db, 'payout_max_attempts'),
    payouts: payouts.map((p, i) => ({
      id: p.id,
      attempt: attempts[i],
      amountCents: p.amount_cents,
      method: p.method,
      provider: p.provider,
      providerReference: p.provider_reference,
      status: p.status,
      failureReason: p.failure_reason,
      createdByStaffId: p.created_by_staff_id,
      createdAt: toIso(p.created_at),
    })),
    // Through the masking policy: the addresses and texts of messages, the audit entries' IP addresses.
    messages: sent.map((m) => maskFields(messages.fields, rowToRecord(messages.fields, m), roles)),
    audit: audit.map((a) => maskFields(auditLog.fields, rowToRecord(auditLog.fields, a), roles)),
  };
}
