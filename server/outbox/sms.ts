// The SMS transport (docs/OPERATIONS.md "SMS"): Twilio through its official SDK when TWILIO_ACCOUNT_SID,
// TWILIO_AUTH_TOKEN and a sender (TWILIO_FROM or TWILIO_MESSAGING_SERVICE_SID) are set; otherwise SMS go
// through the mail transport like e-mails (the offline default). The worker calls it outside any transaction.
import type { Twilio } from 'twilio';
import type { Config } from '../config.ts';
import { deliveryStatusOf, OPTED_OUT_ERROR_CODE, type DeliveryStatus } from '../domain/messages/sms.ts';

export interface SmsSendResult {
  providerMessageId: string;
  status: DeliveryStatus | null;
}

export interface SmsSender {
  name: string;
  /** Sends one text; throws SmsOptedOut when the provider refuses the number as opted out. */
  send(m: { messageId: number; to: string; body: string }): Promise<SmsSendResult>;
}

/** The provider refused the number because its owner texted STOP (Twilio error 21610). */
export class SmsOptedOut extends Error {
  readonly code = OPTED_OUT_ERROR_CODE;
}

export interface TwilioOptions {
  accountSid: string;
  authToken: string;
  from?: string;
  messagingServiceSid?: string;
  /** https://backoffice.example.com: receipts come to `${publicUrl}/api/webhooks/twilio`. Unset: no receipts asked for. */
  publicUrl?: string;
  /** A test double's base URL (http://127.0.0.1:port): every API call goes there instead of api.twilio.com. */
  apiBase?: string;
  timeoutMs?: number;
}

type TwilioSdk = typeof import('twilio');

/** The SDK's own HTTP client, its requests redirected to `apiBase` (tests) when given. */
function httpClientFor(twilio: TwilioSdk, apiBase: string | undefined, timeoutMs: number) {
  const inner = new twilio.RequestClient({ timeout: timeoutMs });
  if (!apiBase) return inner;
  const base = new URL(apiBase);
  return {
    request: (opts: Parameters<typeof inner.request>[0]) => {
      const uri = new URL(opts.uri);
      uri.protocol = base.protocol;
      uri.host = base.host;
      return inner.request({ ...opts, uri: uri.href });
    },
  } as unknown as typeof inner;
}

export function twilioSender(o: TwilioOptions): SmsSender {
  if (!o.from && !o.messagingServiceSid) throw new Error('Twilio needs TWILIO_FROM or TWILIO_MESSAGING_SERVICE_SID');
  // The SDK (6 MB of heap) is loaded at the first text sent, not at start.
  let client: Promise<Twilio> | null = null;
  const clientOf = () =>
    (client ??= import('twilio').then(({ default: twilio }) =>
      twilio(o.accountSid, o.authToken, { httpClient: httpClientFor(twilio, o.apiBase, o.timeoutMs ?? 15_000) }),
    ));
  return {
    name: 'twilio',
    async send({ messageId, to, body }) {
      try {
        const sent = await (
          await clientOf()
        ).messages.create({
          to,
          body,
          ...(o.messagingServiceSid ? { messagingServiceSid: o.messagingServiceSid } : { from: o.from! }),
          ...(o.publicUrl ? { statusCallback: `${o.publicUrl}/api/webhooks/twilio?m=${messageId}` } : {}),
        });
        return { providerMessageId: sent.sid, status: deliveryStatusOf(String(sent.status ?? '')) };
      } catch (err) {
        if ((err as { code?: number }).code === OPTED_OUT_ERROR_CODE) throw new SmsOptedOut((err as Error).message);
        throw err;
      }
    },
  };
}

/** The configured SMS provider, or null: SMS go through the mail transport. */
export function smsSenderFrom(config: Config): SmsSender | null {
  if (!config.twilioAccountSid || !config.twilioAuthToken || (!config.twilioFrom && !config.twilioMessagingServiceSid)) return null;
  return twilioSender({
    accountSid: config.twilioAccountSid,
    authToken: config.twilioAuthToken,
    from: config.twilioFrom,
    messagingServiceSid: config.twilioMessagingServiceSid,
    publicUrl: config.publicUrl,
    apiBase: config.twilioApiBase,
  });
}
