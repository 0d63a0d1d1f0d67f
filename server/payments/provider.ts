// The payment provider behind refunds. The domain talks to this interface only, so a real
// PSP adapter (Stripe, Adyen…) slots in without touching the refund rules.

export interface RefundInstruction {
  /** The original payment: refunds go back to the same payment method (GCS §6). */
  payment: { method: string; reference: string };
  amountCents: number;
  /** Stable per refund (e.g. `refund-42`), so a retried call never pays twice (MONEY.md §5.4). */
  idempotencyKey: string;
  /** For the manual provider: the reference finance copied from the PSP's dashboard. */
  manualReference?: string;
}

export type RefundResult =
  | { status: 'succeeded' | 'pending'; reference: string }
  | { status: 'failed'; reference: string | null; failureReason: string };

export interface PaymentProvider {
  readonly name: string;
  refund(instruction: RefundInstruction): Promise<RefundResult>;
}

/** Finance refunds in the PSP's own dashboard and pastes the reference here. */
export const manualProvider: PaymentProvider = {
  name: 'manual',
  async refund({ manualReference }) {
    if (!manualReference) return { status: 'failed', reference: null, failureReason: 'A manual payout needs the reference from the payment provider' };
    return { status: 'succeeded', reference: manualReference };
  },
};
