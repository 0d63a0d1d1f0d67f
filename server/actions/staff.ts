// Admins' help for a colleague who cannot sign in (docs/OPERATIONS.md "A locked login, a lost second factor").
import type { Knex } from 'knex';
import { z } from 'zod';
import { unlockLogin } from '../auth/loginThrottle.ts';
import { endSessions } from '../auth/sessions.ts';
import { clearSecondFactor } from '../auth/twoFactor.ts';
import { notFound } from '../http/errors.ts';
import { secondFactorResetNotice } from '../outbox/staffMessages.ts';
import { rowToRecord } from '../rest/fields.ts';
import { staff } from '../rest/resources/platform.ts';
import { defineAction } from './action.ts';

const reason = z.strictObject({ reason: z.string().trim().min(5, 'say why (5 characters at least)').max(500) });

async function staffRow(trx: Knex.Transaction, id: string) {
  const row = /^\d{1,10}$/.test(id)
    ? await trx('staff')
        .where({ id: Number(id) })
        .first()
    : undefined;
  if (!row) throw notFound(`Staff member ${id} not found`);
  return row;
}

/** Ends the waits of a login at every address (after repeated failed sign-ins). */
export const unlockStaff = defineAction({
  resource: 'staff',
  name: 'unlock',
  summary: 'End the waits between sign-in attempts of a staff member, at every address',
  body: reason,
  idempotencyKey: 'optional',
  run: async ({ trx, id, body }) => {
    const row = await staffRow(trx, id);
    const cleared = await unlockLogin(trx, row.email);
    return {
      result: { ...rowToRecord(staff.fields, row), countersCleared: cleared },
      audit: { after: { countersCleared: cleared }, reason: body.reason },
    };
  },
});

/** A lost phone: the second factor, its recovery codes and every session go; the person sets it up again at the next sign-in. */
export const resetSecondFactor = defineAction({
  resource: 'staff',
  name: 'reset-two-factor',
  summary: 'Reset the two-factor sign-in of a staff member (lost phone): sessions end, set-up again at the next sign-in',
  body: reason,
  idempotencyKey: 'optional',
  run: async ({ trx, id, body, actor, now, queue }) => {
    const row = await staffRow(trx, id);
    const wasEnabled = !!row.totp_enabled_at;
    await clearSecondFactor(trx, row.id);
    const sessionsEnded = await endSessions(trx, row.id, now);
    await queue(secondFactorResetNotice(row, actor.kind === 'staff' ? actor.name : 'An admin'));
    const updated = await trx('staff').where({ id: row.id }).first();
    return {
      result: { ...rowToRecord(staff.fields, updated), sessionsEnded },
      audit: { before: { twoFactorEnabled: wasEnabled }, after: { twoFactorEnabled: false, sessionsEnded }, reason: body.reason },
    };
  },
});

export const STAFF_ACTIONS = [unlockStaff, resetSecondFactor];
