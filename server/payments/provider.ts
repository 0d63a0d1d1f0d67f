// The payment provider behind refunds. The domain talks to this interface only, so a real
// PSP adapter (Stripe, Adyen…) slots in without touching the refund rules.

export interface RefundInstruction {
  /** The original payment: refunds go back to the same payment method (GCS §6). */
  payment: { method: string; reference: string };
  amountCents: number;
  /** Stable per payout attempt (`payoutIdempotencyKey`), so a resent call never pays twice. */
  idempotencyKey: string;
  /** Our ids, echoed back by the provider on its webhooks (so a webhook finds its payout even before the answer is recorded). */
  metadata?: Record<string, string>;
  /** For the manual provider: the reference finance copied from the PSP's dashboard. */
  manualReference?: string;
}

/**
 * The provider's answer. `unknown`: no answer we can trust (timeout, connection lost, the provider's own
 * error): the provider may or may not have made the refund, so the same attempt is sent again later with
 * the same idempotency key, never a new one.
 */
export type RefundResult =
  | { status: 'succeeded' | 'pending'; reference: string }
  | { status: 'failed'; reference: string | null; failureReason: string }
  | { status: 'unknown'; message: string };

/** A refund as the provider lists it (reconciliation). */
export interface ProviderRefund {
  reference: string;
  status: string;
  amountCents: number;
  createdAt: Date;
  payoutId: number | null;
}

export interface PaymentProvider {
  readonly name: string;
  /** Calls a remote API: approval records a payout intent that the worker sends (never inside a transaction). */
  readonly remote: boolean;
  refund(instruction: RefundInstruction): Promise<RefundResult>;
  /** The provider's refunds created since `since` (remote providers). */
  listRefunds?(since: Date): Promise<ProviderRefund[]>;
}

/** Finance refunds in the PSP's own dashboard and pastes the reference here. */
export const manualProvider: PaymentProvider = {
  name: 'manual',
  remote: false,
  async refund({ manualReference }) {
    if (!manualReference)
      return { status: 'failed', reference: null, failureReason: 'A manual payout needs the reference from the payment provider' };
    return { status: 'succeeded', reference: manualReference };
  },
};
