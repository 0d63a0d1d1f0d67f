import { describe, expect, test } from 'vitest';
import {
  disputeOutcome,
  disputeStatusOf,
  refundWasGranted,
  REFUND_STATUSES_CLOSED_BY_DISPUTE,
} from '../../server/domain/payments/disputes.ts';
import {
  creditNoteVat,
  documentLines,
  documentNumber,
  documentYear,
  missingMentions,
  type DocumentFacts,
} from '../../server/domain/payments/invoices.ts';
import { payoutIdempotencyKey, payoutTransition, stripeRefundState } from '../../server/domain/refunds/payouts.ts';

describe('payouts through the provider', () => {
  test('whichever of the answer and the webhook comes first moves the attempt; the other changes nothing', () => {
    expect(payoutTransition('requested', 'succeeded')).toEqual({ to: 'succeeded', paid: true, reopen: false });
    expect(payoutTransition('pending', 'succeeded')).toEqual({ to: 'succeeded', paid: true, reopen: false });
    expect(payoutTransition('succeeded', 'succeeded')).toBeNull();
    expect(payoutTransition('succeeded', 'pending')).toBeNull();
    expect(payoutTransition('requested', 'pending')).toEqual({ to: 'pending', paid: false, reopen: false });
    expect(payoutTransition('pending', 'pending')).toBeNull();
  });

  test('a failure reopens the case, even after a success; failed and cancelled are final', () => {
    expect(payoutTransition('pending', 'failed')).toEqual({ to: 'failed', paid: false, reopen: true });
    expect(payoutTransition('succeeded', 'failed')).toEqual({ to: 'failed', paid: false, reopen: true });
    expect(payoutTransition('failed', 'succeeded')).toBeNull();
    expect(payoutTransition('cancelled', 'succeeded')).toBeNull();
  });

  test('Stripe refund statuses map to ours; keys differ per attempt', () => {
    expect(['succeeded', 'failed', 'canceled', 'pending', 'requires_action'].map(stripeRefundState)).toEqual([
      'succeeded',
      'failed',
      'failed',
      'pending',
      'pending',
    ]);
    expect(payoutIdempotencyKey(42, 1)).not.toBe(payoutIdempotencyKey(42, 2));
    expect(payoutIdempotencyKey(42, 1)).toBe(payoutIdempotencyKey(42, 1));
  });
});

describe('disputes', () => {
  const order = {
    orderStatusBefore: 'paid',
    planStatusBefore: 'active',
    planExpiresAt: new Date('2026-06-30T00:00:00Z'),
    planActivateBy: null,
  };
  test('Stripe dispute statuses: won, lost, everything else open', () => {
    expect(['won', 'warning_closed', 'lost', 'needs_response', 'under_review', 'warning_needs_response'].map(disputeStatusOf)).toEqual([
      'won',
      'won',
      'lost',
      'open',
      'open',
      'open',
    ]);
  });
  test('won within validity restores order and plan; won after validity restores the order only; lost cancels', () => {
    expect(disputeOutcome('won', order, new Date('2026-06-01T00:00:00Z'))).toEqual({ orderStatus: 'paid', restorePlan: true });
    expect(disputeOutcome('won', order, new Date('2026-07-01T00:00:00Z'))).toEqual({ orderStatus: 'paid', restorePlan: false });
    expect(disputeOutcome('lost', order, new Date('2026-06-01T00:00:00Z'))).toEqual({ orderStatus: 'cancelled', restorePlan: false });
    expect(disputeOutcome('won', { ...order, planStatusBefore: 'expired' }, new Date('2026-06-01T00:00:00Z')).restorePlan).toBe(false);
  });
  test('a dispute closes the refunds not yet with the provider; a granted one gives its amount back', () => {
    expect(REFUND_STATUSES_CLOSED_BY_DISPUTE).not.toContain('payout_pending');
    expect((['requested', 'approved', 'failed'] as const).map(refundWasGranted)).toEqual([false, true, true]);
    // In flight at the provider, paid, refused or already closed: nothing goes back to the order's refundable sum.
    expect((['payout_pending', 'paid_out', 'rejected', 'closed'] as const).map(refundWasGranted)).toEqual([false, false, false, false]);
  });
});

describe('invoices and credit notes', () => {
  const facts: DocumentFacts = {
    kind: 'invoice',
    number: 'F-2026-000001',
    issuedAt: '2026-03-01T10:00:00.000Z',
    customer: { name: 'Alice Martin', email: 'alice@gmail.com', accountId: 7 },
    order: { id: 12, orderedAt: '2026-03-01T10:00:00.000Z', paymentMethod: 'card', paymentReference: 'pi_1' },
    line: { description: 'Forfait eSIM Europe 10 GB', totalCents: 1999, vatCents: 333, vatRateBp: 2000 },
  };
  test("numbers: kind, Paris year, six-digit sequence; a document of New Year's Eve 23:30 UTC is the next year's", () => {
    expect(documentNumber('invoice', 2026, 1)).toBe('F-2026-000001');
    expect(documentNumber('credit_note', 2026, 42)).toBe('AV-2026-000042');
    expect(documentYear(new Date('2026-12-31T23:30:00Z'))).toBe(2027);
    expect(documentYear(new Date('2026-12-31T22:30:00Z'))).toBe(2026);
  });
  test('every mandatory mention is printed; one missing is named', () => {
    const lines = documentLines(facts);
    expect(missingMentions(lines)).toEqual([]);
    expect(lines.map((l) => l.text).join('\n')).toContain('Prix HT : 16,66 €');
    expect(missingMentions(lines.filter((l) => l.mention !== 'vat_rate'))).toEqual(['vat_rate']);
  });
  test("a credit note's VAT is the refunded share, exactly the order's on a full refund", () => {
    expect(creditNoteVat(1999, { amountCents: 1999, vatCents: 333 })).toBe(333);
    expect(creditNoteVat(1000, { amountCents: 1999, vatCents: 333 })).toBe(167);
    expect(creditNoteVat(0, { amountCents: 0, vatCents: 0 })).toBe(0);
  });
});
