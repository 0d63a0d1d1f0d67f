// `POST /api/webhooks/twilio` (docs/OPERATIONS.md "SMS"): Twilio's delivery receipts (status callbacks)
// and inbound texts (the number's "A message comes in" webhook; also at /api/webhooks/twilio/inbound).
// The X-Twilio-Signature is checked with the SDK's validateRequest against TWILIO_AUTH_TOKEN and the URL
// Twilio called (PUBLIC_URL + path). No session, no CSRF header: the signature is the proof.
import express, { Router, type Request } from 'express';
import type { Knex } from 'knex';
import type { Logger } from 'pino';
import { ApiError } from '../http/errors.ts';
import { applyDeliveryReceipt, applyInboundSms } from '../services/smsReceipts.ts';

export function twilioWebhookRouter(db: Knex, o: { authToken: string; publicUrl: string | undefined }, logger: Logger): Router {
  const router = Router();
  router.use(express.urlencoded({ extended: false, limit: '64kb' }));
  // The SDK (6 MB of heap) is loaded at the first webhook, not at start.
  const verify = async (req: Request) => {
    const twilio = (await import('twilio')).default;
    const signature = req.get('x-twilio-signature');
    const base = o.publicUrl ?? `${req.protocol}://${req.get('host')}`;
    const params = (req.body ?? {}) as Record<string, string>;
    if (!signature || !twilio.validateRequest(o.authToken, signature, `${base}${req.originalUrl}`, params))
      throw new ApiError(
        403,
        'signature_invalid',
        "The request's X-Twilio-Signature does not verify against TWILIO_AUTH_TOKEN and PUBLIC_URL",
      );
    return params;
  };
  const inbound = async (params: Record<string, string>) => {
    const outcome = await applyInboundSms(db, {
      from: params.From ?? '',
      body: params.Body ?? '',
      providerMessageId: params.MessageSid ?? null,
    });
    logger.info({ outcome }, 'inbound SMS');
    return outcome;
  };
  const twiml = (res: express.Response) => res.type('text/xml').send('<?xml version="1.0" encoding="UTF-8"?><Response></Response>');

  router.post('/', async (req, res) => {
    const params = await verify(req);
    const status = params.MessageStatus ?? (params.SmsStatus !== 'received' ? params.SmsStatus : undefined);
    if (!status) {
      if (params.Body !== undefined) {
        await inbound(params);
        twiml(res);
        return;
      }
      throw new ApiError(400, 'invalid_input', 'A delivery receipt carries MessageSid and MessageStatus');
    }
    if (!params.MessageSid) throw new ApiError(400, 'invalid_input', 'A delivery receipt carries MessageSid and MessageStatus');
    const m = typeof req.query.m === 'string' && /^\d{1,12}$/.test(req.query.m) ? Number(req.query.m) : null;
    const outcome = await applyDeliveryReceipt(db, {
      messageId: m,
      providerMessageId: params.MessageSid,
      providerStatus: status,
      errorCode: params.ErrorCode ? String(params.ErrorCode).slice(0, 20) : null,
    });
    if (outcome === 'unknown_message') logger.warn({ sid: params.MessageSid }, 'receipt for an unknown message');
    res.json({ received: true, outcome });
  });
  router.post('/inbound', async (req, res) => {
    await inbound(await verify(req));
    twiml(res);
  });
  return router;
}
