import type { Validator } from 'react-admin';
import type { RefundRules } from '../refunds/refundTypes.ts';

/** Is this receipt further back than an agent may date a request (`refund_backdate_working_days`)? */
export const backdatedTooFar = (receivedAt: unknown, rules: RefundRules | undefined): boolean =>
  !!rules && typeof receivedAt === 'string' && Date.parse(receivedAt) < Date.parse(rules.earliestAgentReceiptAt);

/** An agent dates a request back a few working days at most; an admin may go further (with a reason, below). */
export const withinBackdateLimit =
  (rules: RefundRules | undefined, isAdmin: boolean, earliestText: string): Validator =>
  (value: unknown) =>
    !isAdmin && backdatedTooFar(value, rules)
      ? {
          message: 'resources.refunds.request.backdated_too_far',
          args: { smart_count: rules!.backdateWorkingDays, earliest: earliestText },
        }
      : undefined;

/** The admin's reason for an earlier date: required then, 10 characters at least (the API's backdated_too_far). */
export const backdateReasonNeeded =
  (rules: RefundRules | undefined): Validator =>
  (value: unknown, values: Record<string, unknown>) =>
    backdatedTooFar(values.receivedAt, rules) && (typeof value !== 'string' || value.trim().length < 10)
      ? 'resources.refunds.request.backdate_reason_required'
      : undefined;
