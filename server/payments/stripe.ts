// The Stripe adapter of PaymentProvider, with the official SDK: a refund on the order's payment
// (a payment intent `pi_…` or a charge `ch_…`), an idempotency key per payout attempt, amounts in cents.
import { createRequire } from 'node:module';
import type Stripe from 'stripe';
import type { PaymentProvider, ProviderRefund, RefundResult } from './provider.ts';

export interface StripeOptions {
  secretKey: string;
  /** Another API host (the tests' fake): `http://127.0.0.1:4010`. Unset: api.stripe.com. */
  apiBase?: string;
  /** A call that takes longer is abandoned: its outcome is unknown and the attempt is sent again later. */
  timeoutMs?: number;
}

export function stripeClient(options: StripeOptions): Stripe {
  const base = options.apiBase ? new URL(options.apiBase) : null;
  // The SDK (4 MB of heap) is loaded when Stripe is configured, not by every process.
  const StripeSdk = createRequire(import.meta.url)('stripe') as typeof Stripe;
  return new StripeSdk(options.secretKey, {
    timeout: options.timeoutMs ?? 20_000,
    // Our worker retries (with the same key); the SDK's own retries would hide a slow provider.
    maxNetworkRetries: 0,
    telemetry: false,
    ...(base
      ? {
          host: base.hostname,
          port: Number(base.port || (base.protocol === 'https:' ? 443 : 80)),
          protocol: base.protocol.replace(':', '') as 'http' | 'https',
        }
      : {}),
  });
}

/** An error that proves the refund was not made (the API refused the request): the attempt failed. */
function definitiveRefusal(err: unknown): string | null {
  const e = err as { type?: string; statusCode?: number; code?: string; message?: string };
  if (e?.type === 'StripeCardError' || e?.type === 'StripeInvalidRequestError')
    return e.code ? `${e.code}: ${e.message}` : (e.message ?? 'refused');
  return null;
}

export function stripeProvider(options: StripeOptions, client: Stripe = stripeClient(options)): PaymentProvider {
  return {
    name: 'stripe',
    remote: true,
    async refund({ payment, amountCents, idempotencyKey, metadata }): Promise<RefundResult> {
      const on = payment.reference.startsWith('ch_') ? { charge: payment.reference } : { payment_intent: payment.reference };
      try {
        const refund = await client.refunds.create({ ...on, amount: amountCents, metadata }, { idempotencyKey });
        if (refund.status === 'succeeded') return { status: 'succeeded', reference: refund.id };
        if (refund.status === 'failed' || refund.status === 'canceled')
          return { status: 'failed', reference: refund.id, failureReason: refund.failure_reason ?? refund.status };
        return { status: 'pending', reference: refund.id };
      } catch (err) {
        const refused = definitiveRefusal(err);
        if (refused) return { status: 'failed', reference: null, failureReason: refused };
        return { status: 'unknown', message: (err as Error).message };
      }
    },
    async listRefunds(since: Date): Promise<ProviderRefund[]> {
      const out: ProviderRefund[] = [];
      for await (const r of client.refunds.list({ created: { gte: Math.floor(since.getTime() / 1000) }, limit: 100 })) {
        const payoutId = Number(r.metadata?.kolet_payout_id);
        out.push({
          reference: r.id,
          status: r.status ?? 'pending',
          amountCents: r.amount,
          createdAt: new Date(r.created * 1000),
          payoutId: Number.isSafeInteger(payoutId) && payoutId > 0 ? payoutId : null,
        });
      }
      return out;
    },
  };
}
