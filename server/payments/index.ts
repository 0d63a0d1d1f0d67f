// Which payment provider this deployment uses: Stripe when STRIPE_SECRET_KEY is set, the manual provider
// otherwise (finance refunds in the provider's dashboard and types the reference; the demo works offline).
import { manualProvider, type PaymentProvider } from './provider.ts';
import { stripeProvider } from './stripe.ts';

export interface PaymentsConfig {
  stripeSecretKey?: string;
  stripeWebhookSecret?: string;
  stripeApiBase?: string;
}

export function paymentProviderFrom(config: PaymentsConfig): PaymentProvider {
  return config.stripeSecretKey ? stripeProvider({ secretKey: config.stripeSecretKey, apiBase: config.stripeApiBase }) : manualProvider;
}
